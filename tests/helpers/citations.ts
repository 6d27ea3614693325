import { readFileSync } from 'node:fs';
import { parseBibliography } from '../../src/references/bibliography.ts';
import type { CitationContext } from '../../src/references/context.ts';
import type { CitationStyle } from '../../src/schemas/course.ts';

const FIXTURE = 'tests/fixtures/references/references.bib';

/** A citation context over the three-entry fixture bibliography, in the given style. */
export function fixtureCitations(style: CitationStyle = 'apa'): CitationContext {
  return { bibliography: parseBibliography(FIXTURE, readFileSync(FIXTURE, 'utf8')), style };
}
