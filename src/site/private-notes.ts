import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { matches, select, selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { isElement } from '../markdown/hast-tree.ts';
import type { DeckSlide } from '../model/lecture.ts';

/**
 * What the speaker view shows on every slide of a site built with
 * `--private-notes` (reveal.js shows a slide's `data-notes` as its notes).
 */
export const PRIVATE_NOTES_MESSAGE = 'The speaker notes are private: this site was built without them (lecture-site build --private-notes).';

/** The lecture's markup as a tree, and back; what the compile made is markup to keep as it is (`allowDangerousHtml`). */
const parse = (html: string) => fromHtml(html, { fragment: true });
const serialise = (tree: Root) => toHtml(tree, { allowDangerousHtml: true });

/** The id a same-page link points at (`#cite-1` → `cite-1`). */
const target = (link: Element) => String(link.properties.href ?? '').replace(/^#/, '');

/** Remove, at any depth, the elements `unwanted` picks. */
function dropWhere(parent: Root | Element, unwanted: (element: Element) => boolean): void {
  parent.children = parent.children.filter((child) => !(isElement(child) && unwanted(child))) as typeof parent.children;
  for (const child of parent.children) if (isElement(child)) dropWhere(child, unwanted);
}

/** A deck's slides without their speaker notes (`aside.notes`); each tells the speaker view that its notes are private. */
export function withoutDeckNotes(slides: readonly DeckSlide[]): DeckSlide[] {
  return slides.map((slide) => {
    const tree = parse(slide.html);
    dropWhere(tree, (element) => matches('aside.notes', element));
    for (const section of tree.children.filter(isElement)) section.properties.dataNotes = PRIVATE_NOTES_MESSAGE;
    return { ...slide, html: serialise(tree) };
  });
}

/** The ids of the elements of a tree. */
const idsIn = (tree: Root) => new Set(selectAll('[id]', tree).map((element) => String(element.properties.id)));

/**
 * A notes page's body without the speaker notes (its `.lecture-notes`
 * blocks), nor what only they held: the bibliography's back-links to
 * citations in them, and footnotes marked only in them. Also returns the ids
 * that went with them (their headings leave the contents list).
 */
export function withoutReadingNotes(html: string): { html: string; removedIds: Set<string> } {
  const tree = parse(html);
  const before = idsIn(tree);
  const inNotes = new Set(selectAll('.lecture-notes [id]', tree).map((element) => String(element.properties.id)));
  dropWhere(tree, (element) => matches('.lecture-notes', element));
  dropWhere(tree, (element) => matches('a.backlink, a[data-footnote-backref]', element) && inNotes.has(target(element)));
  // A footnote whose every mark was in the notes has no way back into the text: its text was the notes'.
  dropWhere(tree, (element) => matches('li[id^="user-content-fn-"]', element) && !select('a[data-footnote-backref]', element));
  dropWhere(tree, (element) => matches('section[data-footnotes]', element) && !select('li', element));
  const after = idsIn(tree);
  return { html: serialise(tree), removedIds: new Set([...before].filter((id) => !after.has(id))) };
}
