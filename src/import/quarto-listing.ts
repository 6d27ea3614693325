import type { Diagnostic } from '../model/diagnostic.ts';
import { importNote, notCarried } from './notes.ts';
import { expandGlob, resolveListed } from './toc-files.ts';
import type { Listed, SourceProject } from './types.ts';
import { entryOf, textOf, type YamlNode } from './yaml-tree.ts';

/** The documents a Quarto listing names, in order, and what it names that is not imported. */
export interface QuartoListing {
  documents: Listed[];
  notes: Diagnostic[];
}

/** Whether Quarto leaves a file alone: it or a folder above it is named `_…` or `.…`. */
export const isQuartoIgnored = (path: string) => path.split('/').some((part) => /^[_.]/.test(part));

/** Whether an href leaves the project (a web address or a mail link). */
const isRemote = (href: string) => /^[a-z][a-z0-9+.-]*:/i.test(href);

/**
 * Read `book.chapters` / `book.appendices` (paths, or `part:` with `chapters:`) and
 * `website.sidebar` / `navbar` contents (paths, `href:` with `text:`, `section:` with `contents:`,
 * `auto`, a folder or a glob) into documents; part and section titles and links elsewhere are notes at their line.
 */
export function readQuartoListing(project: SourceProject, path: string, lists: (YamlNode | undefined)[]): QuartoListing {
  const listing: QuartoListing = { documents: [], notes: [] };
  const push = (file: string, line: number, title?: string) => {
    if (!listing.documents.some((document) => document.path === file)) listing.documents.push({ path: file, at: { path, line }, ...(title ? { title } : {}) });
  };
  const add = (written: string, line: number, title?: string) => {
    // `auto` lists every document, which a website's listing is followed by anyway.
    if (written === 'auto') return;
    if (isRemote(written)) {
      listing.notes.push(importNote(path, line, 'import-toc-entry', `the link to ${written} is not carried over`, 'put it on a page (resources, say) as a Markdown link'));
      return;
    }
    const folder = written.replace(/\/$/, '');
    if (written.includes('*') || project.files.some((file) => file.startsWith(`${folder}/`))) {
      const expanded = expandGlob(project, written.includes('*') ? written : `${folder}/**`, { path, line });
      if (expanded.note) listing.notes.push(expanded.note);
      for (const file of expanded.paths.filter((found) => !isQuartoIgnored(found))) push(file, line);
      return;
    }
    const resolved = resolveListed(project, written, { path, line });
    if (resolved.note) listing.notes.push(resolved.note);
    if (resolved.path) push(resolved.path, line, title);
  };
  const item = (node: YamlNode) => {
    const text = textOf(node);
    if (text !== undefined) return add(text, node.line);
    if (node.items) return node.items.forEach(item);
    const href = textOf(entryOf(node, 'href') ?? entryOf(node, 'file'));
    const group = entryOf(node, 'part') ?? entryOf(node, 'section');
    const groupText = textOf(group);
    if (group && groupText !== undefined) {
      if (/\.(?:q?md|ipynb)$/.test(groupText)) add(groupText, group.line);
      else listing.notes.push(notCarried(path, group.line, `the heading "${groupText}"`, 'the site lists lectures and pages in groups of its own'));
    }
    if (href !== undefined) add(href, node.line, textOf(entryOf(node, 'text')));
    for (const key of ['chapters', 'contents']) {
      const children = entryOf(node, key);
      if (children) item(children);
    }
  };
  for (const list of lists) if (list) item(list);
  return listing;
}
