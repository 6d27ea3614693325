import type { Diagnostic } from '../model/diagnostic.ts';
import { importNote, notCarried } from './notes.ts';
import { expandGlob, resolveListed } from './toc-files.ts';
import type { Listed, SourceProject } from './types.ts';
import { entryOf, readYaml, textOf, type YamlNode } from './yaml-tree.ts';

/** Keys of a toc entry or part that only shape Jupyter Book's own navigation, and why they are not needed here. */
const NAVIGATION_KEYS: Record<string, string> = {
  caption: 'the site lists lectures and pages in groups of its own',
  titlesonly: 'the site\'s contents lists are its own',
  maxdepth: 'the site\'s contents lists are its own',
  reversed: 'lectures and pages keep the order of the toc',
  options: 'the site\'s contents lists are its own',
  defaults: 'the site\'s contents lists are its own',
  header: 'the site lists lectures and pages in groups of its own',
};

/** Keys holding the entries below an entry or a part, in each format. */
const CHILD_KEYS = ['parts', 'chapters', 'sections'];

/**
 * The documents of a Jupyter Book's `_toc.yml` in reading order: `root`, then `parts` (`caption`,
 * `chapters`) or `chapters`, or (`jb-article`) `sections`, each entry followed by its `sections`;
 * `file:` and `glob:` entries give documents, a `url:` entry or anything else is a note at its line.
 * The list form of Jupyter Book before 0.11 (`- file:`, `- part:`) is read too.
 */
export function readJupyterBookToc(project: SourceProject, tocPath: string): { documents: Listed[]; notes: Diagnostic[] } {
  const documents: Listed[] = [];
  const notes: Diagnostic[] = [];
  const read = readYaml(project.text(tocPath) ?? '');
  if ('error' in read) {
    notes.push(importNote(tocPath, read.line, 'import-source', `${tocPath} is not valid YAML: ${read.error}`, 'fix it so Jupyter Book can read it too, and import again', 'error'));
    return { documents, notes };
  }
  const add = (path: string, line: number, title?: string) => {
    if (documents.some((document) => document.path === path)) {
      notes.push(importNote(tocPath, line, 'import-toc-entry', `${path} is listed twice`, 'it is imported once, where it is first listed'));
    } else {
      documents.push({ path, at: { path: tocPath, line }, ...(title ? { title } : {}) });
    }
  };
  const entry = (node: YamlNode) => {
    const at = { path: tocPath, line: node.line };
    // The entry's own file comes before what is listed under it (and `root:` before the parts).
    const ordered = [...(node.entries ?? [])].sort(([a], [b]) => Number(!['file', 'root'].includes(a)) - Number(!['file', 'root'].includes(b)));
    for (const [key, child] of ordered) {
      const written = textOf(child);
      if (key === 'file' || key === 'root') {
        const resolved = resolveListed(project, written ?? '', { path: tocPath, line: child.line });
        if (resolved.note) notes.push(resolved.note);
        if (resolved.path) add(resolved.path, child.line, textOf(entryOf(node, 'title')));
      } else if (key === 'glob') {
        const expanded = expandGlob(project, written ?? '', at);
        if (expanded.note) notes.push(expanded.note);
        for (const path of expanded.paths) add(path, child.line);
      } else if (key === 'url') {
        notes.push(importNote(tocPath, child.line, 'import-toc-entry', `the link to ${written} is not carried over`, 'put it on a page (resources, say) as a Markdown link'));
      } else if (key === 'part') {
        notes.push(notCarried(tocPath, child.line, `the part "${written}"`, NAVIGATION_KEYS.caption!));
      } else if (CHILD_KEYS.includes(key)) {
        for (const item of child.items ?? []) entry(item);
      } else if (NAVIGATION_KEYS[key]) {
        notes.push(notCarried(tocPath, child.line, key === 'caption' ? `the caption "${written}"` : key, NAVIGATION_KEYS[key]!));
        // `numbered` needs no note: lectures are numbered in the order of the toc, and pages are not.
      } else if (!['title', 'format', 'numbered'].includes(key)) {
        notes.push(notCarried(tocPath, child.line, key, 'it is not part of Jupyter Book\'s toc format that is read here'));
      }
    }
  };
  const format = textOf(entryOf(read.root, 'format'));
  if (format !== undefined && format !== 'jb-book' && format !== 'jb-article') {
    notes.push(importNote(tocPath, entryOf(read.root, 'format')!.line, 'import-toc-entry', `the toc format ${format} is not read`, 'write it as format: jb-book (root, parts or chapters) or jb-article (root, sections)'));
  }
  if (read.root.items) read.root.items.forEach(entry);
  else entry(read.root);
  return { documents, notes };
}
