import { formatDiagnostic } from '../check/diagnostic.ts';
import type { CitationUse } from '../markdown/lecture-views.ts';
import { courseCitations, type CitationContext } from './context.ts';
import { citeLabels, formatEntry, isNumeric } from './format.ts';

/** One work in a lecture's bibliography. */
export interface LectureReference {
  key: string;
  /** Number in numeric styles (order of first citation). */
  number: number;
  /** The full entry, formatted in the course style, as HTML. */
  html: string;
  /** Where the lecture cites it. */
  uses: CitationUse[];
}

/** Stop the build if the bibliography file itself is broken (each problem at its line). */
export function assertBibliographyValid(context: CitationContext): void {
  const { problems } = context.bibliography;
  if (problems.length > 0) throw new Error(problems.map(formatDiagnostic).join('\n'));
}

/**
 * The works a lecture cites, in bibliography order: by first citation for
 * numeric styles, alphabetically by author–year label otherwise.
 */
export function lectureReferences(citations: CitationUse[], context: CitationContext): LectureReference[] {
  assertBibliographyValid(context);
  const byKey = new Map<string, LectureReference>();
  for (const use of citations) {
    let reference = byKey.get(use.key);
    if (!reference) {
      const entry = context.bibliography.entries.get(use.key);
      if (!entry) throw new Error(`Citation of unknown key "${use.key}" (run npm run check for its line)`);
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

/** A lecture's bibliography in the course's style, as the deck and notes pages show it. */
export function lectureBibliography(citations: CitationUse[]): { references: LectureReference[]; numbered: boolean } {
  const context = courseCitations();
  return { references: lectureReferences(citations, context), numbered: isNumeric(context.style) };
}
