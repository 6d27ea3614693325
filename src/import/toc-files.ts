import { posix } from 'node:path';
import type { Diagnostic } from '../model/diagnostic.ts';
import { importNote } from './notes.ts';
import type { SourceProject } from './types.ts';

/** Extensions of the documents an import reads: notebooks, Markdown (MyST) and Quarto. */
export const DOCUMENT_EXTENSIONS = ['.ipynb', '.md', '.qmd'];

/** Documents Jupyter Book or Quarto can list that are not read here, and what to do instead. */
const OTHER_DOCUMENTS: Record<string, string> = {
  '.rst': 'reStructuredText is not read: convert it to Markdown (e.g. with pandoc -f rst -t markdown) and import again',
  '.py': 'a Jupytext script is not read: save it as a notebook (jupytext --to ipynb) and import again',
  '.rmd': 'an R Markdown file is not read: rename it to .qmd (Quarto reads the same syntax) and import again',
  '.tex': 'LaTeX is not read: convert it to Markdown and import again',
};

/** The document a listing names (`Lecture1`, `intro.md`, `part1/*`), resolved against the project's files. */
export function resolveListed(project: SourceProject, written: string, at: { path: string; line: number }): { path?: string; note?: Diagnostic } {
  const wanted = posix.normalize(posix.join(posix.dirname(at.path), written.replace(/^\.\//, '')));
  const found = [wanted, ...[...DOCUMENT_EXTENSIONS, ...Object.keys(OTHER_DOCUMENTS)].map((extension) => `${wanted}${extension}`)]
    .find((candidate) => project.files.includes(candidate));
  if (!found) {
    return { note: importNote(at.path, at.line, 'import-toc-entry', `${written} names no file of the project`, 'check the spelling, or add the file and import again') };
  }
  const advice = OTHER_DOCUMENTS[posix.extname(found).toLowerCase()];
  if (advice) return { note: importNote(at.path, at.line, 'import-toc-entry', `${found} is not imported`, advice) };
  return { path: found };
}

/** A glob as a regular expression over project paths (`*` within a folder, `**` across folders, `?` one character). */
function globPattern(glob: string): RegExp | undefined {
  if (/[[\]{}!]/.test(glob)) return undefined;
  const tokens: Record<string, string> = { '**/': '(?:.*/)?', '**': '.*', '*': '[^/]*', '?': '[^/]' };
  const source = glob.replace(/[.+^$()|\\]/g, '\\$&').replace(/\*\*\/|\*\*|\*|\?/g, (token) => tokens[token]!);
  return new RegExp(`^${source}(?:\\.[^/.]+)?$`);
}

/** The documents a toc's `glob:` matches, in name order; a glob with brackets or braces is a note. */
export function expandGlob(project: SourceProject, glob: string, at: { path: string; line: number }): { paths: string[]; note?: Diagnostic } {
  const pattern = globPattern(posix.join(posix.dirname(at.path), glob));
  if (!pattern) {
    return { paths: [], note: importNote(at.path, at.line, 'import-toc-entry', `the glob ${glob} is not expanded (only *, ** and ? are)`, 'list its files one by one as file: entries and import again') };
  }
  const paths = project.files.filter((path) => pattern.test(path) && DOCUMENT_EXTENSIONS.includes(posix.extname(path)));
  if (paths.length > 0) return { paths };
  return { paths, note: importNote(at.path, at.line, 'import-toc-entry', `the glob ${glob} matches no notebook or Markdown file`, 'check the pattern, or list the files as file: entries') };
}
