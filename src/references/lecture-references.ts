import type { CitationUse, LectureReference } from '../model/lecture.ts';
import type { CitationContext } from './context.ts';
import { citeLabels, formatEntry, isNumeric } from './format.ts';

/**
 * The works a lecture cites, in bibliography order: by first citation for
 * numeric styles, alphabetically by author–year label otherwise. Keys the
 * bibliography lacks are left out (the citation plugin reports them).
 */
export function lectureReferences(citations: CitationUse[], context: CitationContext): LectureReference[] {
  const byKey = new Map<string, LectureReference>();
  for (const use of citations) {
    const entry = context.bibliography.entries.get(use.key);
    if (!entry) continue;
    let reference = byKey.get(use.key);
    if (!reference) {
      reference = { key: use.key, number: byKey.size + 1, html: formatEntry(entry, context.style), uses: [] };
      byKey.set(use.key, reference);
    }
    reference.uses.push(use);
  }
  const references = [...byKey.values()];
  if (isNumeric(context.style)) return references;
  const label = (key: string) => citeLabels(context.bibliography.entries.get(key)!, context.style, 0).inBrackets;
  return references.sort((a, b) => label(a.key).localeCompare(label(b.key)));
}

/** The distinct slides citing a work, in order, for back-links from the References slide. */
export function citingSlides(reference: LectureReference): string[] {
  return [...new Set(reference.uses.map((use) => use.slideId))];
}
