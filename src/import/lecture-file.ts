import { posix } from 'node:path';
import { isMap, parseDocument, type Document } from 'yaml';
import { knownKeysAt } from '../compile/schema-keys.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import { lectureSchema } from '../schemas/lecture.ts';
import type { DocumentParts } from './document-frontmatter.ts';
import type { PlannedDocument } from './documents.ts';
import { mystCodeCells } from './myst-code-cells.ts';
import { notCarried, quartoAdvice } from './notes.ts';
import type { Listed, ProjectSettings } from './types.ts';
import { entryOf, textOf, type YamlNode } from './yaml-tree.ts';

/** Why a MyST notebook's own metadata is not kept. */
const JUPYTEXT: Record<string, string> = {
  jupytext: 'Jupytext\'s file format: the lecture is Markdown with {python} cells here',
  kernelspec: 'the cells run in the Python kernel of npm run execute',
};

/** A Markdown or Quarto lecture's file and what its frontmatter lost. */
export interface LectureFile {
  text: string;
  notes: Diagnostic[];
  /** The lecture's own `bibliography:` files, which join the course's. */
  bibliographies: Listed[];
}

/** Put `title:` and `number:` first, as lectures are written here. */
function leadWith(doc: Document, keys: string[]) {
  if (!isMap(doc.contents)) return;
  const rank = (key: unknown) => {
    const index = keys.indexOf(String((key as { value?: unknown }).value ?? key));
    return index < 0 ? keys.length : index;
  };
  doc.contents.items.sort((a, b) => rank(a.key) - rank(b.key));
}

/**
 * A MyST notebook or Quarto deck as a lecture: its frontmatter gets the title and the number of
 * its place, every deck the project's deck keys it does not set itself, and loses the keys a
 * lecture here does not have (Jupytext's, Quarto's `theme` …, each a note with what to do); its
 * `bibliography:` joins the course's. A MyST notebook's code cells become `{python}` cells.
 */
export function lectureFile(document: PlannedDocument, parts: DocumentParts, settings: Pick<ProjectSettings, 'deckDefaults'>): LectureFile {
  const { source } = document;
  const notes: Diagnostic[] = [];
  const bibliographies: Listed[] = [];
  const doc = parseDocument(parts.yaml ?? '');
  const frontmatter = parts.frontmatter;
  // Keys a lecture has not, at any depth the schema describes (`format.html`, `format.revealjs.menu`, `execute.freeze`).
  const prune = (node: YamlNode, path: string[]) => {
    const known = knownKeysAt(lectureSchema, path);
    for (const [key, child] of known.length > 0 ? node.entries ?? [] : []) {
      if (path.length === 0 && key === 'bibliography') {
        for (const item of child.items ?? [child]) bibliographies.push({ path: posix.join(posix.dirname(source.path), textOf(item) ?? ''), at: { path: source.path, line: item.line } });
        doc.delete(key);
      } else if (!known.includes(key)) {
        const why = (path.length === 0 ? JUPYTEXT[key] : undefined) ?? quartoAdvice(path, key) ?? 'a lecture here has no such key (README: Writing a lecture)';
        notes.push(notCarried(source.path, child.line, [...path, key].join('.'), why));
        doc.deleteIn([...path, key]);
      } else if (child.entries) {
        prune(child, [...path, key]);
      }
    }
  };
  if (frontmatter) prune(frontmatter, []);
  for (const [key, value] of Object.entries(settings.deckDefaults ?? {})) {
    if (!entryOf(frontmatter, key) && !entryOf(entryOf(entryOf(frontmatter, 'format'), 'revealjs'), key)) doc.set(key, value);
  }
  if (!entryOf(frontmatter, 'title')) doc.set('title', document.title);
  doc.set('number', document.number);
  leadWith(doc, ['title', 'number']);
  const language = textOf(entryOf(entryOf(frontmatter, 'kernelspec'), 'language')) ?? 'python';
  const body = source.path.endsWith('.md') ? mystCodeCells(parts.body, language) : parts.body;
  return { text: `---\n${doc.toString()}---\n${body}`, notes, bibliographies };
}
