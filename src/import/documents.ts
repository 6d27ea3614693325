import { posix } from 'node:path';
import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { VFile } from 'vfile';
import { parseNotebook, type Notebook } from '../cells/notebook.ts';
import { notebookTitle, readMarkdown } from '../compile/parse-lecture.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import { documentParts, isRevealDeck, type DocumentParts } from './document-frontmatter.ts';
import { importNote } from './notes.ts';
import type { Listed, SourceProject } from './types.ts';
import { entryOf, textOf } from './yaml-tree.ts';

/** A listed document with what it becomes in the course folder. */
export interface PlannedDocument {
  source: Listed;
  /** `lectures/01-introduction.ipynb` or `pages/resources.md`. */
  target: string;
  title: string;
  /** A lecture's number; a page has its `order` instead. */
  number?: number;
  order?: number;
  /** A notebook, read. */
  notebook?: Notebook;
  /** A Markdown or Quarto document, split. */
  parts?: DocumentParts;
  /** A page whose first heading became its title: the lines of that heading, to leave out. */
  titleLines?: [number, number];
}

/** Words of a title as a lowercase ASCII slug (`Machine Learning Basics` → `machine-learning-basics`), at most 48 characters. */
function slugOf(title: string): string {
  const slug = title.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug.length <= 48 ? slug : slug.slice(0, 48).replace(/-[^-]*$/, '');
}

/** A namer that gives each slug once: a repeated one gets `-2`, `-3`. */
function uniqueNames(): (slug: string) => string {
  const taken = new Set<string>();
  return (slug) => {
    let name = slug;
    for (let count = 2; taken.has(name); count++) name = `${slug}-${count}`;
    taken.add(name);
    return name;
  };
}

/** The first `#` heading of a body, with its lines, when it is the body's first block. */
function leadingHeading(body: string): { text: string; lines: [number, number] } | undefined {
  const first = readMarkdown(new VFile(body)).children[0];
  if (first?.type !== 'heading' || (first as Heading).depth !== 1 || !first.position) return undefined;
  return { text: toString(first), lines: [first.position.start.line, first.position.end.line] };
}

/** Whether a Markdown file is a MyST notebook (Jupytext's `jupytext:` or a `kernelspec:` in its frontmatter). */
const isMystNotebook = (parts: DocumentParts) => Boolean(entryOf(parts.frontmatter, 'jupytext') ?? entryOf(parts.frontmatter, 'kernelspec'));

/**
 * Decide what each listed document becomes, in listing order: notebooks, MyST notebooks and
 * Quarto reveal.js decks are lectures `lectures/NN-slug.*` (NN in order, the slug from the title),
 * other documents pages `pages/slug.md` with their `order`. A title is the document's own
 * (frontmatter, notebook title, first heading), else the listing's, else the file name.
 */
export function planDocuments(project: SourceProject, listed: Listed[], decksByDefault: boolean): { documents: PlannedDocument[]; notes: Diagnostic[] } {
  const notes: Diagnostic[] = [];
  const stem = (path: string) => posix.basename(path, posix.extname(path));
  const read = listed.map((source) => {
    const text = project.text(source.path) ?? '';
    if (source.path.endsWith('.ipynb')) {
      const parsed = parseNotebook(text, source.path);
      if ('diagnostic' in parsed) notes.push(importNote(source.path, parsed.diagnostic.line, 'import-file', parsed.diagnostic.reason, `${parsed.diagnostic.fix}; it is copied as it is`));
      const notebook = 'notebook' in parsed ? parsed.notebook : undefined;
      return { source, lecture: true, title: (notebook && notebookTitle(notebook)) ?? source.title ?? stem(source.path), ...(notebook ? { notebook } : {}) };
    }
    const parts = documentParts(text);
    if (parts.error) notes.push(importNote(source.path, parts.error.line, 'import-file', `the frontmatter is not valid YAML: ${parts.error.message}`, 'fix it and import again; the file is copied as it is'));
    const lecture = source.path.endsWith('.qmd') ? isRevealDeck(parts.frontmatter, decksByDefault) : isMystNotebook(parts);
    const heading = leadingHeading(parts.body);
    const written = textOf(entryOf(parts.frontmatter, 'title')) ?? (lecture ? undefined : source.title);
    const title = written ?? heading?.text ?? source.title ?? stem(source.path);
    return { source, lecture, title, parts, ...(!lecture && !written && heading ? { titleLines: heading.lines } : {}) };
  });
  for (const { source, title } of read) {
    if (source.title && source.title !== title) {
      notes.push(importNote(source.at.path, source.at.line, 'import-not-carried', `the title "${source.title}" given to ${source.path} is not carried over`, `the document's own title is used: "${title}"`));
    }
  }
  const lectures = read.filter((document) => document.lecture);
  const digits = lectures.length >= 100 ? 3 : 2;
  const lectureSlugs = uniqueNames();
  const pageSlugs = uniqueNames();
  let pages = 0;
  const documents = read.map(({ lecture, ...document }): PlannedDocument => {
    const slug = slugOf(document.title) || slugOf(stem(document.source.path)) || (lecture ? 'lecture' : 'page');
    if (!lecture) return { ...document, target: `pages/${pageSlugs(slug)}.md`, order: ++pages };
    const number = lectures.findIndex((other) => other.source === document.source) + 1;
    const extension = posix.extname(document.source.path);
    return { ...document, target: `lectures/${String(number).padStart(digits, '0')}-${lectureSlugs(slug)}${extension}`, number };
  });
  return { documents, notes };
}
