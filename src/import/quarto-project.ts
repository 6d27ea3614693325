import { posix } from 'node:path';
import type { Diagnostic } from '../model/diagnostic.ts';
import { isCourseValue } from './course-yaml.ts';
import { importNote, notCarried } from './notes.ts';
import { readQuartoFormat } from './quarto-format.ts';
import { isQuartoIgnored, readQuartoListing } from './quarto-listing.ts';
import { DOCUMENT_EXTENSIONS } from './toc-files.ts';
import type { Listed, ProjectOutline, ProjectSettings, SourceProject } from './types.ts';
import { entryOf, readYaml, textOf, type YamlNode } from './yaml-tree.ts';

/** Why a key of `_quarto.yml` has no place here, by its path (`website.google-analytics`). */
const NOT_CARRIED: Record<string, string> = {
  'website.google-analytics': 'this site loads nothing from other sites',
  'book.google-analytics': 'this site loads nothing from other sites',
  'website.comments': 'this site loads nothing from other sites',
  'book.comments': 'this site loads nothing from other sites',
  'website.search': 'search is built in',
  'book.search': 'search is built in',
  'book.downloads': 'npm run pdf prints every lecture\'s slides and notes, and the course book',
  'website.page-footer': 'set --footer in the theme stylesheet (README: Themes)',
  'book.page-footer': 'set --footer in the theme stylesheet (README: Themes)',
  execute: 'code cells run with npm run execute, each lecture\'s options in its frontmatter (execute:)',
};

/** Keys of `website:` or `book:` that are read (navigation and course settings). */
const READ = ['title', 'author', 'chapters', 'appendices', 'sidebar', 'navbar', 'repo-url', 'repo-branch', 'site-url'];

/** Quarto's authors: a name, `- name:`, or a list of either. */
function authorNames(node: YamlNode | undefined): string[] {
  return (node?.items ?? (node ? [node] : [])).map((item) => textOf(item) ?? textOf(entryOf(item, 'name'))).filter((name): name is string => Boolean(name));
}

/** Files of the project Quarto renders itself: documents outside folders named `_…` or `.…`, but not the read-me. */
function renderable(project: SourceProject, outputDir: string | undefined): string[] {
  return project.files.filter((path) => DOCUMENT_EXTENSIONS.includes(posix.extname(path))
    && !isQuartoIgnored(path) && !/^readme\./i.test(posix.basename(path))
    && !(outputDir && path.startsWith(`${outputDir}/`)));
}

/** `index` first, then by name: the order Quarto gives a folder's documents. */
const byName = (paths: string[]) => [...paths].sort((a, b) => Number(posix.basename(b).startsWith('index.')) - Number(posix.basename(a).startsWith('index.')) || a.localeCompare(b));

/**
 * A Quarto project from its `_quarto.yml`: a book's chapters and appendices in order; a website's
 * sidebar and navbar entries, then its other documents by name; a plain project's documents by
 * name. Title, authors, repository, site URL, bibliography and `format: revealjs:` options are
 * course settings; every other key is a note at its line.
 */
export function readQuartoProject(project: SourceProject, path: string): ProjectOutline {
  const settings: ProjectSettings = { lecturers: [], bibliographies: [] };
  const notes: Diagnostic[] = [];
  const read = readYaml(project.text(path) ?? '');
  if ('error' in read) {
    notes.push(importNote(path, read.line, 'import-source', `${path} is not valid YAML: ${read.error}`, 'fix it so Quarto can read it too, and import again', 'error'));
    return { configPath: path, documents: [], settings, notes };
  }
  const skip = (key: string, node: YamlNode) => notes.push(notCarried(path, node.line, key.split('.').at(-1)!,
    NOT_CARRIED[key] ?? (key.startsWith('project.') ? 'npm run build builds the site, into dist/' : 'it has no place in a course folder')));
  const root = read.root;
  const type = textOf(entryOf(entryOf(root, 'project'), 'type')) ?? 'default';
  const outputDir = textOf(entryOf(entryOf(root, 'project'), 'output-dir'));
  for (const [key, node] of entryOf(root, 'project')?.entries ?? []) if (key !== 'type') skip(`project.${key}`, node);
  const site = entryOf(root, type === 'book' ? 'book' : 'website');
  for (const [key, node] of root.entries ?? []) {
    if (!['project', 'book', 'website', 'bibliography', 'format', 'title', 'author'].includes(key) || (['book', 'website'].includes(key) && node !== site)) skip(key, node);
  }
  for (const [key, node] of site?.entries ?? []) if (!READ.includes(key)) skip(`${type === 'book' ? 'book' : 'website'}.${key}`, node);

  settings.title = textOf(entryOf(site, 'title')) ?? textOf(entryOf(root, 'title'));
  settings.lecturers = authorNames(entryOf(site, 'author') ?? entryOf(root, 'author'));
  for (const [key, node] of (site?.entries ?? []).filter(([name]) => name === 'repo-url' || name === 'site-url')) {
    const url = textOf(node) ?? '';
    if (isCourseValue(key === 'repo-url' ? 'repository' : 'site', url)) settings[key === 'repo-url' ? 'repository' : 'site'] = url;
    else notes.push(notCarried(path, node.line, `${key} ${url}`, 'course.yaml takes an http(s) address'));
  }
  settings.branch = textOf(entryOf(site, 'repo-branch'));
  const bibliography = entryOf(root, 'bibliography');
  settings.bibliographies = (bibliography?.items ?? (bibliography ? [bibliography] : []))
    .map((node): Listed => ({ path: posix.normalize(textOf(node) ?? ''), at: { path, line: node.line } }));
  const format = readQuartoFormat(path, entryOf(root, 'format'));
  Object.assign(settings, format.format);
  notes.push(...format.notes);

  const sidebar = entryOf(site, 'sidebar');
  const navbar = entryOf(site, 'navbar');
  for (const bar of [...(sidebar?.items ?? [sidebar]), navbar]) {
    for (const [key, node] of bar?.entries ?? []) {
      if (!['contents', 'left', 'right', 'title', 'id'].includes(key)) notes.push(notCarried(path, node.line, key, 'the site\'s navigation is its own'));
    }
  }
  const listing = readQuartoListing(project, path, type === 'book'
    ? [entryOf(site, 'chapters'), entryOf(site, 'appendices')]
    : [sidebar, entryOf(navbar, 'left'), entryOf(navbar, 'right')]);
  notes.push(...listing.notes);
  const documents = listing.documents;
  const others = byName(renderable(project, outputDir).filter((file) => !documents.some((document) => document.path === file)));
  if (type === 'book') {
    for (const file of others) notes.push(importNote(file, 1, 'import-toc-entry', `${file} is not a chapter of the book`, `it is not imported: list it in book.chapters of ${path} to bring it along`));
  } else {
    documents.push(...others.map((file): Listed => ({ path: file, at: { path, line: 1 } })));
  }
  return { configPath: path, documents, settings, notes };
}
