import { basename } from 'node:path';
import type { Diagnostic } from '../model/diagnostic.ts';
import { isNotebookPath } from './lecture-markdown.ts';

/** Largest lecture file accepted, in bytes (a lecture is text; media belong in public/). */
const MAX_LECTURE_BYTES = 512 * 1024;

/** Largest notebook accepted: it carries its outputs (figures) with it. */
const MAX_NOTEBOOK_BYTES = 8 * 1024 * 1024;

/** Lecture file names: two digits, a hyphen, a lowercase slug; `.md`, Quarto's `.qmd`, or a Jupyter notebook. */
const LECTURE_FILE_NAME = /^\d{2,3}-[a-z0-9]+(?:-[a-z0-9]+)*\.(?:q?md|ipynb)$/;

/** Course page file names: a lowercase slug starting with a letter (so no page is named like a lecture); `.md` or `.qmd`. */
const PAGE_FILE_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*\.q?md$/;

/**
 * Names a page cannot take: the site's own paths (`/notes/`, `/references/` …) and the compile store's
 * status file. A page is served at `/<name>/`.
 */
const RESERVED_PAGE_NAMES = new Set(['index', 'notes', 'slides', 'references', 'notebooks', 'styles', 'pdf', 'pagefind', 'status', 'course']);

/** How to rename a file whose name is not a lecture's: its lowercase form when that is one. */
function renameFix(name: string): string {
  const lower = name.toLowerCase();
  if (LECTURE_FILE_NAME.test(lower)) return `rename it to ${lower} (names and extensions are lowercase)`;
  return 'rename it, e.g. 04-crystal-representations.md (two digits, lowercase words joined by hyphens; .md, .qmd or .ipynb)';
}

/** The line of a byte offset (1-based). */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset; index++) if (bytes[index] === 0x0a) line += 1;
  return line;
}

/** Offset of the first byte that is not valid UTF-8, found by decoding ever longer prefixes line by line. */
function firstInvalidByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  for (let index = 0; index <= bytes.length; index++) {
    if (index < bytes.length && bytes[index] !== 0x0a) continue;
    try {
      decoder.decode(bytes.subarray(start, index));
    } catch {
      return start;
    }
    start = index + 1;
  }
  return 0;
}

/**
 * Rules about the file itself, before its Markdown is read: a name of the
 * form `NN-slug.md`, `NN-slug.qmd` or `NN-slug.ipynb`, UTF-8 text, and a sane size. Returns the text when it
 * can be decoded.
 */
export function checkLectureFile(path: string, bytes: Uint8Array): { text?: string; diagnostics: Diagnostic[] } {
  const name = basename(path);
  const badName = LECTURE_FILE_NAME.test(name) ? undefined
    : { reason: `Lecture file name "${name}" is not of the form NN-slug.md (or .qmd, .ipynb)`, fix: renameFix(name) };
  return checkFile(path, bytes, badName);
}

/**
 * The same rules for a course page (`pages/slug.md`): a lowercase name starting with a letter that is not
 * one of the site's own paths, UTF-8 text, a sane size.
 */
export function checkPageFile(path: string, bytes: Uint8Array): { text?: string; diagnostics: Diagnostic[] } {
  const name = basename(path);
  const stem = name.replace(/\.q?md$/, '');
  const badName = !PAGE_FILE_NAME.test(name)
    ? { reason: `Page file name "${name}" is not of the form slug.md (or .qmd)`, fix: 'rename it: lowercase words joined by hyphens, starting with a letter (resources.md, learning-outcomes.md)' }
    : RESERVED_PAGE_NAMES.has(stem)
      ? { reason: `A page cannot be named "${stem}": the site uses /${stem}/ for its own`, fix: 'rename it (course-information.md, say)' }
      : undefined;
  return checkFile(path, bytes, badName);
}

/** The name, size and encoding rules of a lecture or page file. */
function checkFile(path: string, bytes: Uint8Array, badName: { reason: string; fix: string } | undefined): { text?: string; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const error = (line: number, ruleId: string, reason: string, fix: string) =>
    diagnostics.push({ path, line, column: 1, severity: 'error', ruleId, reason, fix });
  if (badName) error(1, 'file-name', badName.reason, badName.fix);
  const limit = isNotebookPath(path) ? MAX_NOTEBOOK_BYTES : MAX_LECTURE_BYTES;
  if (bytes.length > limit) {
    error(1, 'lecture-too-large', `The file is ${Math.round(bytes.length / 1024)} KB (at most ${limit / 1024} KB)`,
      'split it in two; keep images and data in files of their own');
  }
  const decoded = decodeUtf8(path, bytes);
  if ('text' in decoded) return { text: decoded.text, diagnostics };
  diagnostics.push(decoded.diagnostic);
  return { diagnostics };
}

/** A text file's bytes as UTF-8 text, or an `encoding` error at the line of the first byte that is not UTF-8. */
export function decodeUtf8(path: string, bytes: Uint8Array): { text: string } | { diagnostic: Diagnostic } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { diagnostic: { path, line: lineAt(bytes, firstInvalidByte(bytes)), column: 1, severity: 'error', ruleId: 'encoding',
      reason: 'The file is not valid UTF-8 text', fix: 'save it as UTF-8 in your editor (this line holds the first byte that is not)' } };
  }
}
