import { join } from 'node:path';
import { loadCourse } from '../lib/course.ts';
import { CONTENT_DIR } from '../lib/content-dir.ts';
import { loadBibliography, type Bibliography } from './bibliography.ts';
import type { CitationStyle } from './format.ts';

/** What citations are resolved against: the course bibliography and its style. */
export interface CitationContext {
  bibliography: Bibliography;
  style: CitationStyle;
}

/** Gives the current citation context (re-read when the files change). */
export type CitationContextProvider = () => CitationContext;

/** The course bibliography file. */
export const BIBLIOGRAPHY_FILE = join(CONTENT_DIR, 'references.bib');

/** The course's own bibliography (`content/references.bib`) and `citationStyle`. */
export const courseCitations: CitationContextProvider = () => ({
  bibliography: loadBibliography(BIBLIOGRAPHY_FILE),
  style: loadCourse().citationStyle,
});
