import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';
import type { SourceProject } from './types.ts';

/** Files read as text: configuration, documents, bibliographies. */
const TEXT_FILE = /\.(?:ya?ml|md|markdown|qmd|ipynb|bib)$/i;

/** Folders never read: version control, installed packages, and the builds of Jupyter Book and Quarto. */
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules', '_build', '_site', '_book', '.quarto', '.ipynb_checkpoints', '__pycache__']);

/** Largest text file read (a notebook with its outputs); a larger one is only copied. */
const MAX_TEXT_BYTES = 32 * 1024 * 1024;

/**
 * Read a project folder for the import core: every file's path (without the folders above, nor
 * `leaveOut`, the course folder being written when it is inside), and the text of each text file
 * that is valid UTF-8.
 */
export async function readProject(from: string, leaveOut?: string): Promise<SourceProject> {
  const root = resolve(from);
  const skipped = leaveOut ? resolve(leaveOut) : undefined;
  const files: string[] = [];
  const texts = new Map<string, string>();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name) && path !== skipped) await walk(path);
        continue;
      }
      if (!entry.isFile()) continue;
      const name = relative(root, path).split(sep).join('/');
      files.push(name);
      if (!TEXT_FILE.test(entry.name)) continue;
      const bytes = await readFile(path);
      if (bytes.length > MAX_TEXT_BYTES) continue;
      try {
        texts.set(name, decoder.decode(bytes));
      } catch {
        // Not UTF-8: the core sees it as a file to copy, not a text to read.
      }
    }
  };
  await walk(root);
  files.sort();
  return { name: basename(root), files, text: (path) => texts.get(path) };
}
