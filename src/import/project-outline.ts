import { posix } from 'node:path';
import type { Diagnostic } from '../model/diagnostic.ts';
import { documentParts, isRevealDeck } from './document-frontmatter.ts';
import { readJupyterBookConfig } from './jupyter-book-config.ts';
import { readJupyterBookToc } from './jupyter-book-toc.ts';
import { importNote } from './notes.ts';
import { readQuartoProject } from './quarto-project.ts';
import { DOCUMENT_EXTENSIONS } from './toc-files.ts';
import type { ProjectOutline, SourceProject } from './types.ts';
import { entryOf, textOf } from './yaml-tree.ts';

/** What kind of project a folder holds, as a course.yaml comment says it. */
export type ProjectKind = 'a Jupyter Book' | 'a Quarto project' | 'a Quarto deck';

/** Whether a path is inside a folder Jupyter Book and Quarto leave alone (`_build/`, `.git/`, `.ipynb_checkpoints/`). */
const isBuildOrHidden = (path: string) => path.split('/').slice(0, -1).some((part) => /^[_.]/.test(part));

/** A Jupyter Book: `_toc.yml` and `_config.yml`; each notebook or Markdown file the toc does not list is a note. */
function jupyterBook(project: SourceProject): ProjectOutline {
  const toc = readJupyterBookToc(project, '_toc.yml');
  const config = readJupyterBookConfig(project, '_config.yml');
  const unlisted = project.files.filter((path) => DOCUMENT_EXTENSIONS.includes(posix.extname(path)) && !isBuildOrHidden(path)
    && !toc.documents.some((document) => document.path === path));
  return {
    configPath: '_config.yml',
    documents: toc.documents,
    settings: config.settings,
    notes: [...config.notes, ...toc.notes, ...unlisted.map((path) => importNote(path, 1, 'import-toc-entry', `${path} is not in _toc.yml`, 'it is not imported: list it in _toc.yml to bring it along'))],
  };
}

/** Quarto reveal.js decks alone in a folder (no `_quarto.yml`): each a lecture, by name; one deck gives the course its title and author. */
function loneDecks(project: SourceProject): ProjectOutline | undefined {
  const decks = project.files.filter((path) => path.endsWith('.qmd') && !isBuildOrHidden(path))
    .map((path) => ({ path, parts: documentParts(project.text(path) ?? '') }))
    .filter(({ parts }) => isRevealDeck(parts.frontmatter, false));
  if (decks.length === 0) return undefined;
  const only = decks.length === 1 ? decks[0]!.parts.frontmatter : undefined;
  const authors = entryOf(only, 'author');
  return {
    configPath: decks[0]!.path,
    documents: decks.map(({ path }) => ({ path, at: { path, line: 1 } })),
    settings: {
      ...(textOf(entryOf(only, 'title')) ? { title: textOf(entryOf(only, 'title')) } : {}),
      lecturers: (authors?.items ?? (authors ? [authors] : [])).map((author) => textOf(author) ?? textOf(entryOf(author, 'name'))).filter((name): name is string => Boolean(name)),
      bibliographies: [],
    },
    notes: [],
  };
}

/**
 * Read a folder as the project it is: a Jupyter Book (`_toc.yml`), a Quarto project
 * (`_quarto.yml`) or Quarto reveal.js decks alone; anything else is an error saying what was looked for.
 */
export function readProjectOutline(project: SourceProject): { kind: ProjectKind; outline: ProjectOutline } | { notes: Diagnostic[] } {
  if (project.files.includes('_toc.yml')) return { kind: 'a Jupyter Book', outline: jupyterBook(project) };
  if (project.files.includes('_quarto.yml')) {
    const outline = readQuartoProject(project, '_quarto.yml');
    if (project.files.some((path) => path.startsWith('_freeze/'))) {
      outline.notes.push(importNote('_freeze', 1, 'import-not-carried', 'Quarto\'s frozen outputs are not carried over', 'npm run execute runs the cells and writes the course\'s own _freeze/'));
    }
    return { kind: 'a Quarto project', outline };
  }
  const decks = loneDecks(project);
  if (decks) return { kind: 'a Quarto deck', outline: decks };
  const mystProject = project.files.includes('myst.yml');
  return { notes: [importNote(mystProject ? 'myst.yml' : '.', 1, 'import-source',
    mystProject ? 'a Jupyter Book 2 (MyST) project is not read: its table of contents is in myst.yml' : `${project.name} is not a Jupyter Book or a Quarto project`,
    mystProject ? 'import a Jupyter Book 1 folder (_toc.yml, _config.yml), or a Quarto project' : 'name a folder with _toc.yml (Jupyter Book), _quarto.yml (Quarto) or a .qmd deck with format: revealjs', 'error')] };
}
