/**
 * Ids the deck and notes pages give their own parts (title slide, skip-link
 * target, bibliography, sources, search box, footnotes heading, the deck's
 * answer key). A slide heading must never take one, or citations and skip
 * links would jump to it.
 */
export const PAGE_IDS = ['title', 'main', 'references', 'source-materials', 'search-input', 'footnote-label', 'answer-key'] as const;

/** Whether an id belongs to a page's own parts (`references-2` is the second References slide, `answer-key-2` the second answer-key slide). */
export function isPageId(id: string): boolean {
  return (PAGE_IDS as readonly string[]).includes(id) || /^(references|answer-key)-\d+$/.test(id);
}
