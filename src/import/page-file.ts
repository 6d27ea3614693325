import { stringify } from 'yaml';
import type { Diagnostic } from '../model/diagnostic.ts';
import type { DocumentParts } from './document-frontmatter.ts';
import type { PlannedDocument } from './documents.ts';
import { notCarried } from './notes.ts';

/**
 * A document as a course page: frontmatter `title:` and `order:` (its place among the pages) and
 * the body; a first `#` heading that gave the title is left out (the page shows its title), and
 * any other frontmatter key is a note at its line.
 */
export function pageFile(document: PlannedDocument, parts: DocumentParts): { text: string; notes: Diagnostic[] } {
  const notes = (parts.frontmatter?.entries ?? []).filter(([key]) => key !== 'title')
    .map(([key, node]) => notCarried(document.source.path, node.line, key, 'a page has only title: and order:'));
  let lines = parts.body.split('\n');
  if (document.titleLines) {
    const [first, last] = document.titleLines;
    lines = [...lines.slice(0, first - 1), ...lines.slice(last).join('\n').replace(/^\s*\n/, '').split('\n')];
  }
  return { text: `---\n${stringify({ title: document.title, order: document.order })}---\n${lines.join('\n')}`, notes };
}
