import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { planImport } from '../../src/import/plan.ts';
import { readProject } from '../../src/import/read-project.ts';
import type { ImportPlan, PlannedFile } from '../../src/import/types.ts';
import { courseSchema } from '../../src/schemas/course.ts';
import { notebookLinks } from '../../src/site/notebook-links.ts';

const BOOK = 'tests/fixtures/jupyter-book';

/** The 1-based line of the first line of a fixture file that holds `text`. */
const lineOf = (file: string, text: string) => readFileSync(join(BOOK, file), 'utf8').split('\n').findIndex((line) => line.includes(text)) + 1;

/** A planned file's text. */
const textOf = (plan: ImportPlan, path: string) => (plan.files.find((file) => file.path === path) as Extract<PlannedFile, { text: string }> | undefined)?.text;

describe('importing the fixture Jupyter Book', () => {
  let plan: ImportPlan;
  before(async () => {
    plan = planImport(await readProject(BOOK));
  });

  it('makes the notebooks lectures in toc order (sections follow their chapter), unmodified, and the Markdown files pages', () => {
    const files = plan.files.map((file) => `${file.path} ← ${'copyOf' in file ? file.copyOf : 'written'}`);
    assert.deepEqual(files, [
      'course.yaml ← written',
      'pages/welcome.md ← written',
      'pages/syllabus.md ← written',
      'pages/further-reading.md ← written',
      'lectures/01-atoms-and-data.ipynb ← week1.ipynb',
      'lectures/02-tables-of-materials.ipynb ← week2.ipynb',
      'lectures/03-fitting-a-line.ipynb ← week3.ipynb',
      'pages/images/sources.png ← images/sources.png',
      'lectures/images/cell.svg ← images/cell.svg',
      'public/logo.svg ← logo.svg',
      'theme.css ← written',
      'references.bib ← written',
    ]);
  });

  it('writes a course.yaml the schema takes: title, authors as lecturers, repository, the logo’s stylesheet, stored outputs only, the notebooks’ paths', () => {
    const course = courseSchema.parse(parse(textOf(plan, 'course.yaml')!));
    assert.equal(course.title, 'Atoms to Algorithms');
    assert.deepEqual(course.lecturers, [{ name: 'Ada Example', affiliations: [] }, { name: 'Ben Sample', affiliations: [] }]);
    assert.equal(course.repository, 'https://github.com/example-lab/atoms-book');
    assert.equal(course.branch, 'main');
    assert.equal(course.theme.stylesheet, 'theme.css');
    assert.deepEqual(course.execute, { notebooks: 'off' });
    assert.deepEqual(course.embeds, []);
    assert.deepEqual(course.notebookPaths, {
      '01-atoms-and-data': 'book/week1.ipynb',
      '02-tables-of-materials': 'book/week2.ipynb',
      '03-fitting-a-line': 'book/week3.ipynb',
    });
    assert.match(textOf(plan, 'theme.css')!, /--logo: url\('\/logo\.svg'\);/);
  });

  it('has Colab and Binder open each notebook where it is in the lecturer’s repository', () => {
    const course = courseSchema.parse(parse(textOf(plan, 'course.yaml')!));
    assert.equal(notebookLinks(course, 'content/lectures/02-tables-of-materials.ipynb')?.colab,
      'https://colab.research.google.com/github/example-lab/atoms-book/blob/main/book/week2.ipynb');
  });

  it('gives each page its title from its first heading (left out of the body) and its place in the toc', () => {
    assert.equal(textOf(plan, 'pages/welcome.md'), [
      '---', 'title: Welcome', 'order: 1', '---',
      '*Atoms to Algorithms* is a short course on learning from materials data: three notebooks,',
      'one a week, each with a short exercise.', '', '```{tableofcontents}', '```', '',
    ].join('\n'));
    assert.match(textOf(plan, 'pages/syllabus.md')!, /^---\ntitle: Syllabus\norder: 2\n---\nEach week/);
    assert.match(textOf(plan, 'pages/further-reading.md')!, /!\[Three kinds of source, by share of the data\]\(images\/sources\.png\)/);
  });

  it('merges the bibtex_bibfiles into references.bib', () => {
    const bibliography = textOf(plan, 'references.bib')!;
    assert.equal(bibliography, `${readFileSync(join(BOOK, 'ref.bib'), 'utf8').trimEnd()}\n`);
  });

  it('notes everything it does not carry over, at its line', () => {
    const notes = plan.notes.map((note) => `${note.path}:${note.line} ${note.severity} ${note.ruleId}`);
    assert.deepEqual(notes, [
      `_config.yml:${lineOf('_config.yml', 'copyright:')} warning import-not-carried`,
      `_config.yml:${lineOf('_config.yml', 'latex:')} warning import-not-carried`,
      `_config.yml:${lineOf('_config.yml', 'thebe:')} warning import-not-carried`,
      `_config.yml:${lineOf('_config.yml', 'use_repository_button')} warning import-not-carried`,
      `_config.yml:${lineOf('_config.yml', 'google_analytics_id')} warning import-not-carried`,
      `_config.yml:${lineOf('_config.yml', 'sphinx:')} warning import-not-carried`,
      `_toc.yml:${lineOf('_toc.yml', 'caption: About')} warning import-not-carried`,
      `_toc.yml:${lineOf('_toc.yml', 'url: https://example.org')} warning import-toc-entry`,
      `_toc.yml:${lineOf('_toc.yml', 'caption: Lectures')} warning import-not-carried`,
      `reading.md:${lineOf('reading.md', '(week1.ipynb)')} warning import-file`,
      `week3.ipynb:${lineOf('week3.ipynb', '(reading.md)')} warning import-file`,
    ]);
    const analytics = plan.notes.find((note) => note.line === lineOf('_config.yml', 'google_analytics_id'))!;
    assert.equal(`${analytics.reason} — ${analytics.fix}`, 'google_analytics_id is not carried over — this site loads nothing from other sites');
    assert.match(plan.notes.find((note) => note.path === 'reading.md')!.fix, /\/notes\/01-atoms-and-data\//);
  });
});
