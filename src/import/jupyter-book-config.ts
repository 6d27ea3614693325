import { posix } from 'node:path';
import type { Diagnostic } from '../model/diagnostic.ts';
import { isCourseValue } from './course-yaml.ts';
import { importNote, notCarried } from './notes.ts';
import type { ProjectSettings, SourceProject } from './types.ts';
import { entryOf, readYaml, textOf, type YamlNode } from './yaml-tree.ts';

/** Why a setting of `_config.yml` has no place here, by its key (`html.favicon`, or a whole block). */
const NOT_CARRIED: Record<string, string> = {
  copyright: 'write the licence as licence: in course.yaml (shown in every page footer)',
  exclude_patterns: 'only the files the toc lists are imported',
  only_build_toc_files: 'only the files the toc lists are imported',
  parse: 'MyST is read as README "Coming from Jupyter Book" lists; its extensions are not chosen one by one',
  latex: 'PDFs are printed from the site by npm run pdf',
  sphinx: 'the site is not built with Sphinx',
  'execute.timeout': 'a lecture sets its cells\' limit in its frontmatter: execute: { timeout: 60 }',
  'execute.allow_errors': 'a cell that is meant to raise says so: #| error: true',
  'execute.exclude_patterns': 'a lecture whose cells must not run keeps them unrun with #| eval: false',
  'html.google_analytics_id': 'this site loads nothing from other sites',
  'html.analytics': 'this site loads nothing from other sites',
  'html.comments': 'this site loads nothing from other sites',
  'html.use_edit_page_button': 'every page has its edit link when course.yaml names the repository',
  'html.extra_footer': 'set --footer in the theme stylesheet (README: Themes)',
  'launch_buttons.thebe': 'notebooks open in Colab and Binder; nothing runs in the page',
  'launch_buttons.jupyterhub_url': 'notebooks open in Colab and Binder',
  'launch_buttons.deepnote_url': 'notebooks open in Colab and Binder',
  'launch_buttons.notebook_interface': 'Binder opens notebooks in JupyterLab',
};

/** Settings read into the course, by key. */
const READ = ['title', 'author', 'logo', 'bibtex_bibfiles', 'repository', 'execute', 'html', 'launch_buttons'];

/** Authors as Jupyter Book writes them: one name, names joined by commas or "and", or a list. */
function authorNames(node: YamlNode | undefined): string[] {
  const written = node?.items ? node.items.map(textOf) : [textOf(node)];
  return written.flatMap((text) => (text ?? '').split(/\s*(?:,|;|&|\band\b)\s*/)).filter(Boolean);
}

/** A setting left at nothing (`''`, `false`, an empty list), which there is nothing to carry over of. */
const isUnset = (value: unknown) => value === null || value === '' || value === false || (Array.isArray(value) && value.length === 0);

/** A GitHub repository URL (Colab and Binder read only those). */
const isGitHub = (url: string | undefined) => url !== undefined && /^https:\/\/github\.com\/[\w.-]+\/[\w.-]+/.test(url);

/**
 * The course settings of a Jupyter Book's `_config.yml`: title, author (the lecturers), logo,
 * bibtex_bibfiles, repository (url, branch, path_to_book), execute_notebooks, html.baseurl (the
 * site's URL) and the Colab and Binder launch buttons. Every other setting is a note at its line.
 */
export function readJupyterBookConfig(project: SourceProject, path: string): { settings: ProjectSettings; notes: Diagnostic[] } {
  const settings: ProjectSettings = { lecturers: [], bibliographies: [] };
  const notes: Diagnostic[] = [];
  const text = project.text(path);
  if (text === undefined) return { settings, notes };
  const read = readYaml(text);
  if ('error' in read) {
    notes.push(importNote(path, read.line, 'import-source', `${path} is not valid YAML: ${read.error}`, 'fix it so Jupyter Book can read it too, and import again', 'error'));
    return { settings, notes };
  }
  const listed = (node: YamlNode) => ({ path: posix.join(posix.dirname(path), textOf(node) ?? ''), at: { path, line: node.line } });
  const skip = (key: string, node: YamlNode) => isUnset(node.value) || notes.push(notCarried(path, node.line, key.split('.').at(-1)!,
    NOT_CARRIED[key] ?? (key.startsWith('html.') ? 'the site\'s pages, navigation and buttons are its own' : 'it has no place in a course folder')));
  const root = read.root;
  for (const [key, node] of root.entries ?? []) if (!READ.includes(key)) skip(key, node);

  settings.title = textOf(entryOf(root, 'title'));
  settings.lecturers = authorNames(entryOf(root, 'author'));
  const logo = entryOf(root, 'logo');
  if (textOf(logo)) settings.logo = listed(logo!);
  const bibfiles = entryOf(root, 'bibtex_bibfiles');
  settings.bibliographies = (bibfiles?.items ?? (bibfiles ? [bibfiles] : [])).map(listed);

  const repository = entryOf(root, 'repository');
  for (const [key, node] of repository?.entries ?? []) {
    if (key === 'url' && isCourseValue('repository', textOf(node) ?? '')) settings.repository = textOf(node);
    else if (key === 'url') notes.push(notCarried(path, node.line, `the repository ${textOf(node)}`, 'course.yaml takes the repository\'s http(s) address'));
    else if (key === 'branch') settings.branch = textOf(node);
    else if (key === 'path_to_book') settings.pathInRepository = textOf(node)?.replace(/^\.?\/+|\/+$/g, '') || undefined;
    else skip(`repository.${key}`, node);
  }
  for (const [key, node] of entryOf(root, 'execute')?.entries ?? []) {
    const value = textOf(node);
    if (key !== 'execute_notebooks') skip(`execute.${key}`, node);
    else if (value === 'off') settings.storedOutputsOnly = true;
    else if (value === 'force') notes.push(notCarried(path, node.line, 'execute_notebooks: force', 'npm run execute runs the cells whose outputs are missing or stale; npm run execute -- --force runs every cell again'));
  }
  for (const [key, node] of entryOf(root, 'html')?.entries ?? []) {
    if (key === 'baseurl' && isCourseValue('site', textOf(node) ?? '')) settings.site = textOf(node);
    else skip(`html.${key}`, node);
  }
  for (const [key, node] of entryOf(root, 'launch_buttons')?.entries ?? []) {
    if (key !== 'colab_url' && key !== 'binderhub_url') skip(`launch_buttons.${key}`, node);
    else if (textOf(node) && !isGitHub(settings.repository)) {
      notes.push(notCarried(path, node.line, key, 'the site offers Colab and Binder for a GitHub repository only: set repository: in course.yaml to one'));
    }
  }
  return { settings, notes };
}
