import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { planImport } from '../../src/import/plan.ts';
import type { ImportPlan, PlannedFile, SourceProject } from '../../src/import/types.ts';

/** A project held in memory: text files by path, and the names of files that are not text. */
function project(texts: Record<string, string>, others: string[] = []): SourceProject {
  return { name: 'my-course', files: [...Object.keys(texts), ...others].sort(), text: (path) => texts[path] };
}

/** Lines joined, with a final newline. */
const lines = (...rows: string[]) => `${rows.join('\n')}\n`;

/** A notebook of Markdown cells (nbformat 4), one line per cell, each on its own line of the file. */
const notebook = (...cells: string[]) => `${JSON.stringify({
  cells: cells.map((source) => ({ cell_type: 'markdown', metadata: {}, source: [source] })),
  metadata: { kernelspec: { language: 'python', name: 'python3' } }, nbformat: 4, nbformat_minor: 5,
}, null, 1)}\n`;

/** Each planned file as `path ← source` (or `path` for a written one). */
const planned = (plan: ImportPlan) => plan.files.map((file) => ('copyOf' in file ? `${file.path} ← ${file.copyOf}` : file.path));
const textOf = (plan: ImportPlan, path: string) => (plan.files.find((file) => file.path === path) as Extract<PlannedFile, { text: string }>).text;
const notes = (plan: ImportPlan) => plan.notes.map((note) => `${note.path}:${note.line} ${note.ruleId} ${note.reason}`);

describe('a Jupyter Book’s table of contents', () => {
  it('reads jb-article sections, expands globs and notes what it cannot read at its line', () => {
    const plan = planImport(project({
      '_toc.yml': lines('format: jb-article', 'root: index', 'sections:', '- glob: weeks/*', '- file: old', '- file: gone', '- file: index'),
      'index.md': lines('# Home'),
      'weeks/b.ipynb': notebook('# Week B'),
      'weeks/a.ipynb': notebook('# Week A'),
    }, ['old.rst']));
    assert.deepEqual(planned(plan).slice(0, 4), ['course.yaml', 'pages/home.md', 'lectures/01-week-a.ipynb ← weeks/a.ipynb', 'lectures/02-week-b.ipynb ← weeks/b.ipynb']);
    assert.deepEqual(notes(plan).filter((note) => note.startsWith('_toc.yml')), [
      '_toc.yml:5 import-toc-entry old.rst is not imported',
      '_toc.yml:6 import-toc-entry gone names no file of the project',
      '_toc.yml:7 import-toc-entry index.md is listed twice',
    ]);
  });

  it('reads the list form of Jupyter Book before 0.11, parts and all', () => {
    const plan = planImport(project({
      '_toc.yml': lines('- file: intro', '- part: Lectures', '  chapters:', '  - file: one'),
      'intro.md': lines('# Intro'),
      'one.ipynb': notebook('# One'),
    }));
    assert.deepEqual(planned(plan).slice(1, 3), ['pages/intro.md', 'lectures/01-one.ipynb ← one.ipynb']);
    assert.deepEqual(notes(plan).filter((note) => note.startsWith('_toc')), ['_toc.yml:2 import-not-carried the part "Lectures" is not carried over']);
  });

  it('is an error when it is not YAML, and nothing is planned', () => {
    const plan = planImport(project({ '_toc.yml': 'root: [intro\n' }));
    assert.deepEqual(plan.files, []);
    assert.deepEqual(plan.notes.map((note) => `${note.path}:${note.line} ${note.severity}`), ['_toc.yml:2 error']);
  });
});

describe('documents becoming lectures and pages', () => {
  it('turns a MyST notebook into a Markdown lecture: title and number, {python} cells with #| options, Jupytext’s keys noted', () => {
    const plan = planImport(project({
      '_toc.yml': lines('format: jb-book', 'root: fit'),
      'fit.md': lines('---', 'jupytext:', '  formats: md:myst', 'kernelspec:', '  language: python', '  name: python3', '---', '', '# Fitting',
        '', '```{code-cell} ipython3', ':tags: [hide-input]', 'x = 1', '```', '', '+++', '', 'Text.'),
    }));
    assert.equal(textOf(plan, 'lectures/01-fitting.md'), lines('---', 'title: Fitting', 'number: 1', '---', '', '# Fitting',
      '', '```{python}', '#| tags: [hide-input]', 'x = 1', '```', '', '', '', 'Text.'));
    assert.deepEqual(notes(plan).filter((note) => note.startsWith('fit.md')), [
      'fit.md:2 import-not-carried jupytext is not carried over',
      'fit.md:4 import-not-carried kernelspec is not carried over',
    ]);
  });

  it('gives lectures with one title names of their own', () => {
    const plan = planImport(project({
      '_toc.yml': lines('root: a', 'chapters:', '- file: b'),
      'a.ipynb': notebook('# Revision ⚡️'),
      'b.ipynb': notebook('# Révision'),
    }));
    assert.deepEqual(planned(plan).slice(1, 3), ['lectures/01-revision.ipynb ← a.ipynb', 'lectures/02-revision-2.ipynb ← b.ipynb']);
  });

  it('copies what documents refer to where their paths keep working, puts root paths in public/, and notes the rest', () => {
    const one = notebook('# One', '![A cell](../img/cell.png)', '![Logo](/static/logo.png)', '![Gone](missing.png)',
      '![Far](../../far.png)', '<iframe src="https://player.example.org/v/1" title="A talk"></iframe>', '[Data](data/table.csv)');
    const lineOf = (text: string) => one.split('\n').findIndex((line) => line.includes(text)) + 1;
    const plan = planImport(project({ '_toc.yml': lines('root: notes/one'), 'notes/one.ipynb': one }, ['img/cell.png', 'static/logo.png', 'notes/data/table.csv']));
    assert.deepEqual(planned(plan).slice(2), ['img/cell.png ← img/cell.png', 'public/static/logo.png ← static/logo.png', 'lectures/data/table.csv ← notes/data/table.csv']);
    assert.deepEqual(notes(plan).filter((note) => note.startsWith('notes/')).map((note) => note.replace(/ is .*| would .*/, '')), [
      `notes/one.ipynb:${lineOf('missing.png')} import-file missing.png`,
      `notes/one.ipynb:${lineOf('far.png')} import-file ../../far.png`,
      `notes/one.ipynb:${lineOf('<iframe')} import-embed player.example.org`,
    ]);
    assert.deepEqual(parse(textOf(plan, 'course.yaml')).embeds, ['player.example.org']);
  });
});

describe('what the course is, when the project does not say', () => {
  it('takes the folder’s name for a title and notes the missing author and lectures', () => {
    const plan = planImport(project({ '_toc.yml': lines('root: intro'), 'intro.md': lines('# Hello') }));
    assert.deepEqual(parse(textOf(plan, 'course.yaml')), { title: 'my-course' });
    assert.deepEqual(notes(plan).map((note) => note.split(' ').slice(0, 2).join(' ')), ['_config.yml:1 import-toc-entry', '_config.yml:1 import-not-carried', '_config.yml:1 import-not-carried']);
  });

  it('notes launch buttons when the repository is not on GitHub (Colab and Binder read GitHub only)', () => {
    const plan = planImport(project({
      '_toc.yml': lines('root: one'), 'one.ipynb': notebook('# One'),
      '_config.yml': lines('title: T', 'author: A', 'repository:', '  url: https://gitlab.com/a/b', 'launch_buttons:', '  colab_url: https://colab.research.google.com'),
    }));
    assert.deepEqual(notes(plan), ['_config.yml:6 import-not-carried colab_url is not carried over']);
  });

  it('refuses a folder that is no project, and a Jupyter Book 2, saying what it looked for', () => {
    assert.match(notes(planImport(project({ 'notes.md': '# x' })))[0]!, /^\.:1 import-source my-course is not a Jupyter Book or a Quarto project/);
    assert.match(notes(planImport(project({ 'myst.yml': 'version: 1' })))[0]!, /^myst\.yml:1 import-source a Jupyter Book 2/);
  });
});

describe('a project’s bibliography', () => {
  it('leaves out, with a note at its line, an entry whose braces never close (a file cut short), and keeps the rest', () => {
    const bib = lines('@article{whole, title = {Whole}, author = {A. Author}, year = {2020}}', '', '@inproceedings{cut,', '\ttitle = {Cut short', '\tabstract = {There is an increasi');
    const plan = planImport(project({
      '_toc.yml': lines('format: jb-book', 'root: index'),
      '_config.yml': lines('title: T', 'bibtex_bibfiles:', '  - ref.bib'),
      'index.md': lines('# Home'),
      'ref.bib': bib,
    }));
    assert.equal(textOf(plan, 'references.bib'), '@article{whole, title = {Whole}, author = {A. Author}, year = {2020}}\n');
    assert.ok(notes(plan).includes('ref.bib:3 import-file the entry cut is not complete BibTeX (its braces never close) and is not carried over'), notes(plan).join('\n'));
  });
});
