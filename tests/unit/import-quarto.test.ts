import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { planImport } from '../../src/import/plan.ts';
import { readProject } from '../../src/import/read-project.ts';
import type { ImportPlan, PlannedFile, SourceProject } from '../../src/import/types.ts';
import { courseSchema } from '../../src/schemas/course.ts';

const PROJECT = 'tests/fixtures/quarto-project';

const lineOf = (file: string, text: string) => readFileSync(join(PROJECT, file), 'utf8').split('\n').findIndex((line) => line.includes(text)) + 1;
const textOf = (plan: ImportPlan, path: string) => (plan.files.find((file) => file.path === path) as Extract<PlannedFile, { text: string }> | undefined)?.text;

describe('importing the fixture Quarto website', () => {
  let plan: ImportPlan;
  before(async () => {
    plan = planImport(await readProject(PROJECT));
  });

  it('makes the reveal.js decks lectures in sidebar order and the other document a page, with the files they show', () => {
    assert.deepEqual(plan.files.map((file) => `${file.path} ← ${'copyOf' in file ? file.copyOf : 'written'}`), [
      'course.yaml ← written',
      'pages/data-for-materials.md ← written',
      'lectures/01-why-data.qmd ← written',
      'lectures/02-fitting-data.qmd ← written',
      'images/chart.svg ← images/chart.svg',
      'public/logo.png ← images/logo.png',
      'theme.css ← written',
      'references.bib ← written',
    ]);
  });

  it('carries the site’s settings and the revealjs options the deck options have into course.yaml', () => {
    const course = courseSchema.parse(parse(textOf(plan, 'course.yaml')!));
    assert.equal(course.title, 'Data for Materials');
    assert.deepEqual(course.lecturers.map((lecturer) => lecturer.name), ['Chris Example']);
    assert.equal(course.repository, 'https://github.com/example-lab/data-course');
    assert.equal(course.site, 'https://example-lab.github.io/data-course/');
    assert.deepEqual(course.reveal, { transition: 'fade', slideNumber: 'c/t' });
    assert.equal(course.theme.stylesheet, 'theme.css');
  });

  it('gives each deck its number, the project’s incremental, and takes out what a lecture here has no key for', () => {
    assert.equal(textOf(plan, 'lectures/01-why-data.qmd')!.split('\n---\n')[0], [
      '---', 'title: "Why data?"', 'number: 1', 'subtitle: "Lecture 1"', 'author: "Chris Example"', 'format:', '  revealjs:', '    footer: "Data for Materials"', 'incremental: true',
    ].join('\n'));
    assert.match(textOf(plan, 'lectures/02-fitting-data.qmd')!, /^---\ntitle: "Fitting data"\nnumber: 2\nformat: revealjs\nincremental: true\n---\n\n## Least squares/);
    assert.equal(textOf(plan, 'references.bib'), readFileSync(join(PROJECT, 'references.bib'), 'utf8'));
  });

  it('notes what it leaves out at its line, with Quarto’s own advice', () => {
    assert.deepEqual(plan.notes.map((note) => `${note.path}:${note.line} ${note.reason}`), [
      `_quarto.yml:${lineOf('_quarto.yml', 'output-dir')} output-dir is not carried over`,
      `_quarto.yml:${lineOf('_quarto.yml', 'google-analytics')} google-analytics is not carried over`,
      `_quarto.yml:${lineOf('_quarto.yml', 'style: docked')} style is not carried over`,
      `_quarto.yml:${lineOf('_quarto.yml', 'href: index.qmd')} the title "Home" given to index.qmd is not carried over`,
      `_quarto.yml:${lineOf('_quarto.yml', 'section: "Lectures"')} the heading "Lectures" is not carried over`,
      `_quarto.yml:${lineOf('_quarto.yml', 'html:')} format html is not carried over`,
      `_quarto.yml:${lineOf('_quarto.yml', 'preview-links')} preview-links is not carried over`,
      `index.qmd:${lineOf('index.qmd', 'format: html')} format is not carried over`,
      `lectures/intro-deck.qmd:${lineOf('lectures/intro-deck.qmd', 'menu:')} format.revealjs.menu is not carried over`,
      `lectures/regression-deck.qmd:${lineOf('lectures/regression-deck.qmd', 'theme:')} theme is not carried over`,
    ]);
    assert.equal(plan.notes.find((note) => note.reason.startsWith('preview-links'))!.fix, 'links open normally');
  });
});

describe('a Quarto book', () => {
  it('takes its chapters and appendices in order, part files too, decks by the project’s first format, and notes a document no chapter lists', () => {
    const texts: Record<string, string> = {
      '_quarto.yml': 'project:\n  type: book\nbook:\n  title: Slides\n  author: [Eve Example]\n  chapters:\n    - index.qmd\n    - part: decks.qmd\n      chapters:\n      - one.qmd\n  appendices:\n    - two.qmd\nformat:\n  revealjs: default\n',
      'index.qmd': '---\ntitle: Home\nformat: html\n---\nHello.\n',
      'decks.qmd': '# The decks\n',
      'one.qmd': '# One\n\n## A slide\n',
      'two.qmd': '---\ntitle: Two\n---\n\n## B\n',
      'draft.qmd': '# Draft\n',
    };
    const plan = planImport({ name: 'book', files: Object.keys(texts).sort(), text: (path) => texts[path] });
    assert.deepEqual(plan.files.map((file) => file.path), ['course.yaml', 'pages/home.md', 'lectures/01-the-decks.qmd', 'lectures/02-one.qmd', 'lectures/03-two.qmd']);
    assert.deepEqual(plan.notes.map((note) => `${note.path}:${note.line} ${note.reason}`), ['draft.qmd:1 draft.qmd is not a chapter of the book', 'index.qmd:3 format is not carried over']);
    assert.match(textOf(plan, 'lectures/02-one.qmd')!, /^---\ntitle: One\nnumber: 2\n---\n# One\n/);
  });
});

describe('a Quarto website’s sidebar', () => {
  it('lists a folder’s documents by name, and the website’s other documents after them', () => {
    const deck = (title: string) => `---\ntitle: ${title}\nformat: revealjs\n---\n\n## A\n`;
    const texts: Record<string, string> = {
      '_quarto.yml': 'project:\n  type: website\nwebsite:\n  title: Site\n  author: Eve\n  sidebar:\n    contents: decks\n',
      'about.qmd': '# About\n', 'decks/b.qmd': deck('Second'), 'decks/a.qmd': deck('First'), 'decks/_draft.qmd': deck('Draft'),
    };
    const plan = planImport({ name: 'site', files: Object.keys(texts).sort(), text: (path) => texts[path] });
    assert.deepEqual(plan.files.map((file) => file.path), ['course.yaml', 'lectures/01-first.qmd', 'lectures/02-second.qmd', 'pages/about.md']);
  });
});

describe('a lone Quarto deck', () => {
  it('imports as a course of one lecture, titled and authored by the deck', () => {
    const deck = '---\ntitle: Perovskites\nauthor:\n  - name: Dana Example\nformat: revealjs\n---\n\n## ABX3\n';
    const project: SourceProject = { name: 'talk', files: ['notes.txt', 'talk.qmd'], text: (path) => (path === 'talk.qmd' ? deck : undefined) };
    const plan = planImport(project);
    assert.deepEqual(plan.files.map((file) => file.path), ['course.yaml', 'lectures/01-perovskites.qmd']);
    assert.deepEqual(parse(textOf(plan, 'course.yaml')!), { title: 'Perovskites', lecturers: [{ name: 'Dana Example' }] });
    assert.deepEqual(plan.notes, []);
  });

  it('keeps the keys a lecture has, at every depth, and notes the others', () => {
    const deck = '---\ntitle: T\nformat:\n  revealjs:\n    transition: fade\n    multiplex: true\n  pdf: default\nexecute:\n  echo: false\n  freeze: auto\n---\n\n## A\n';
    const plan = planImport({ name: 'talk', files: ['talk.qmd'], text: () => deck });
    assert.equal(textOf(plan, 'lectures/01-t.qmd'), ['---', 'title: T', 'number: 1', 'format:', '  revealjs:', '    transition: fade', 'execute:', '  echo: false', '---', '', '## A', ''].join('\n'));
    assert.deepEqual(plan.notes.map((note) => `${note.line} ${note.reason}`), ['1 the project names no author: course.yaml has no lecturers', '6 format.revealjs.multiplex is not carried over', '7 format.pdf is not carried over', '10 execute.freeze is not carried over']);
  });
});
