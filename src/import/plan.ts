import { posix } from 'node:path';
import type { Diagnostic } from '../model/diagnostic.ts';
import { lectureIdOf } from '../model/lecture.ts';
import { scanBibtex } from '../references/bibtex-scan.ts';
import { courseYaml, logoStylesheet } from './course-yaml.ts';
import { planDocuments, type PlannedDocument } from './documents.ts';
import { planFileCopies } from './file-copies.ts';
import { lectureFile } from './lecture-file.ts';
import { importNote } from './notes.ts';
import { pageFile } from './page-file.ts';
import { readProjectOutline } from './project-outline.ts';
import { markdownReferences, notebookReferences, type Reference } from './references.ts';
import type { ImportPlan, Listed, PlannedFile, SourceProject } from './types.ts';

/** The theme stylesheet an import writes for the logo. */
const STYLESHEET = 'theme.css';

/** What a document refers to, at the lines of its file. */
function referencesOf(document: PlannedDocument): Reference[] {
  if (document.notebook) return notebookReferences(document.notebook);
  const parts = document.parts;
  return parts ? markdownReferences(parts.body).map((reference) => ({ ...reference, line: reference.line + parts.bodyLine - 1 })) : [];
}

/**
 * A BibTeX file without its entries whose braces never close (a file cut short, say): each left out with a
 * note at its line, so the rest of the bibliography comes across and builds.
 */
function completeEntries(path: string, text: string, notes: Diagnostic[]): string {
  const lines = text.split('\n');
  const entries = scanBibtex(text);
  const dropped = new Set<number>();
  entries.forEach((entry, index) => {
    if (entry.balanced) return;
    const end = (entries[index + 1]?.line ?? lines.length + 1) - 1;
    for (let line = entry.line; line <= end; line++) dropped.add(line);
    notes.push(importNote(path, entry.line, 'import-file', `the entry ${entry.key} is not complete BibTeX (its braces never close) and is not carried over`,
      'complete it in the project and import again, or add it to references.bib by hand'));
  });
  return lines.filter((_, index) => !dropped.has(index + 1)).join('\n');
}

/** The course's references.bib: every listed BibTeX file, in order, each once, its broken entries left out; a missing one is a note. */
function mergedBibliography(project: SourceProject, listed: Listed[], notes: Diagnostic[]): string | undefined {
  const texts = [...new Map(listed.map((file) => [file.path, file])).values()].flatMap((file) => {
    const text = project.text(file.path);
    if (text === undefined) notes.push(importNote(file.at.path, file.at.line, 'import-file', `${file.path} is not a file of the project`, 'add it, or correct the path, and import again'));
    return text === undefined ? [] : [completeEntries(file.path, text, notes).trimEnd()];
  });
  return texts.length > 0 ? `${texts.join('\n\n')}\n` : undefined;
}

/**
 * Plan the import of a project: which file becomes what in the course folder (`course.yaml`,
 * `lectures/NN-slug.*`, `pages/slug.md`, `references.bib`, the logo in `public/` with a theme
 * stylesheet, and every file the documents refer to), and a note at the source file's line for
 * everything not carried over. Reads nothing but `project`; an error note means nothing is planned.
 */
export function planImport(project: SourceProject): ImportPlan {
  const read = readProjectOutline(project);
  if ('notes' in read) return { files: [], notes: read.notes };
  const { outline, kind } = read;
  const notes = [...outline.notes];
  if (notes.some((note) => note.severity === 'error')) return { files: [], notes };
  const { settings } = outline;
  const planned = planDocuments(project, outline.documents, settings.decksByDefault ?? false);
  notes.push(...planned.notes);
  const files: PlannedFile[] = [];
  const bibliographies = [...settings.bibliographies];
  const notebookPaths: Record<string, string> = {};
  for (const document of planned.documents) {
    const { parts, source, target } = document;
    if (document.notebook || !parts || parts.error) {
      files.push({ path: target, copyOf: source.path });
      if (target.endsWith('.ipynb')) notebookPaths[lectureIdOf(target)] = posix.join(settings.pathInRepository ?? '', source.path);
    } else if (document.number) {
      const lecture = lectureFile(document, parts, settings);
      files.push({ path: target, text: lecture.text });
      notes.push(...lecture.notes);
      bibliographies.push(...lecture.bibliographies);
    } else {
      const page = pageFile(document, parts);
      files.push({ path: target, text: page.text });
      notes.push(...page.notes);
    }
  }
  if (!planned.documents.some((document) => document.number)) {
    notes.push(importNote(outline.configPath, 1, 'import-toc-entry', 'the project has no notebook or slide deck: the course has no lecture', 'list the notebooks (or .qmd decks with format: revealjs) and import again'));
  }

  const logo = settings.logo && project.files.includes(settings.logo.path) ? `public/logo${posix.extname(settings.logo.path).toLowerCase()}` : undefined;
  if (settings.logo && !logo) notes.push(importNote(settings.logo.at.path, settings.logo.at.line, 'import-file', `the logo ${settings.logo.path} is not a file of the project`, 'add it, or correct the path, and import again'));
  const reserved = new Set(['course.yaml', 'references.bib', STYLESHEET, ...files.map((file) => file.path), ...(logo ? [logo] : [])]);
  const copies = planFileCopies(project, planned.documents, referencesOf, reserved);
  const unnamed = planned.documents.flatMap((document) => referencesOf(document).filter((reference) => reference.alt?.trim() === '')
    .map((reference) => importNote(document.source.path, reference.line, 'import-not-carried', `the picture ${reference.url} has no alt text`,
      'write what it shows (![what it shows](…)); until then course.yaml says missingAltText: warning, so the course builds and says where')));
  notes.push(...unnamed);
  notes.push(...copies.notes);
  for (const [host, at] of copies.embeds) {
    notes.push(importNote(at.path, at.line, 'import-embed', `${host} is shown from another site`, `course.yaml embeds: now allows ${host}; delete it there to keep the site to its own files`));
  }
  files.push(...[...copies.copies].map(([path, copyOf]) => ({ path, copyOf })));
  if (logo) files.push({ path: logo, copyOf: settings.logo!.path }, { path: STYLESHEET, text: logoStylesheet(`/${posix.basename(logo)}`) });
  const bibliography = mergedBibliography(project, bibliographies, notes);
  if (bibliography) files.push({ path: 'references.bib', text: bibliography });

  const title = settings.title ?? project.name;
  if (!settings.title) notes.push(importNote(outline.configPath, 1, 'import-not-carried', `the project has no title: the course is called "${title}"`, 'change title: in course.yaml'));
  if (settings.lecturers.length === 0) notes.push(importNote(outline.configPath, 1, 'import-not-carried', 'the project names no author: course.yaml has no lecturers', 'add lecturers: - name: … to course.yaml'));
  files.unshift({ path: 'course.yaml', text: courseYaml(kind, { ...settings, title }, { embeds: [...copies.embeds.keys()], notebookPaths, missingAltText: unnamed.length > 0, ...(logo ? { stylesheet: STYLESHEET } : {}) }) });
  notes.sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line);
  return { files, notes };
}
