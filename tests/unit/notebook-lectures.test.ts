import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { notebookLinks } from '../../src/site/notebook-links.ts';
import { query } from '../helpers/html.ts';
import { compileText } from '../helpers/markdown.ts';

const NOTEBOOK = 'tests/fixtures/executed/lectures/02-notebook.ipynb';

/** A notebook's text with these cells, one source line a list entry, as Jupyter saves it. */
function notebook(cells: { cell_type: string; source: string[] }[]): string {
  const full = cells.map((cell) => (cell.cell_type === 'code' ? { ...cell, metadata: {}, execution_count: null, outputs: [] } : { ...cell, metadata: {} }));
  return JSON.stringify({ cells: full, metadata: { kernelspec: { language: 'python' } }, nbformat: 4, nbformat_minor: 5 }, null, 1);
}

/** The line of a text that holds a string. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;

describe('notebook lectures', () => {
  it('compile like Markdown: title from the raw frontmatter cell, number from the file name, outputs saved in the notebook', async () => {
    const lecture = await compileText(readFileSync(NOTEBOOK, 'utf8'), 'content/lectures/02-notebook.ipynb');
    assert.deepEqual(lecture.diagnostics, []);
    assert.equal(lecture.id, '02-notebook');
    assert.equal(lecture.data?.title, 'A notebook lecture');
    assert.equal(lecture.data?.number, 2);
    assert.deepEqual(lecture.slides.map((slide) => slide.id), ['least-squares', 'fitting-a-line', 'the-fit', 'a-table']);
    const notes = query(lecture.notesHtml);
    assert.deepEqual(notes.text('pre.cell-stdout'), ['slope 2.0, intercept 1.0']);
    assert.equal(notes.all('.cell-output-svg svg[role=img]').length, 1);
    assert.equal(notes.all('.cell-output-html table').length, 1);
  });

  it('report problems at the notebook’s own lines', async () => {
    const text = notebook([
      { cell_type: 'markdown', source: ['# Trees\n', '\n', '## A slide\n', '\n', ':::tipp\n', 'Typo.\n', ':::'] },
      { cell_type: 'code', source: ['#| echo: maybe\n', 'x = 1'] },
    ]);
    const lecture = await compileText(text, 'content/lectures/07-trees.ipynb');
    assert.equal(lecture.data?.title, 'Trees', 'the first # heading names it');
    assert.deepEqual(
      lecture.diagnostics.map((diagnostic) => `${diagnostic.line} ${diagnostic.ruleId}`),
      [`${lineOf(text, '"#| echo: maybe')} cell-options`, `${lineOf(text, '"#| echo: maybe')} cell-not-run`, `${lineOf(text, '":::tipp')} unknown-directive`],
    );
  });

  it('take their title from the first # heading as the lecture reads it, when neither metadata nor frontmatter names one', async () => {
    const text = notebook([
      { cell_type: 'markdown', source: ['Some words first.\n', '\n', '# "Decision" trees {#sec-trees}\n', '\n', '## A slide'] },
      { cell_type: 'markdown', source: ['# Not this one'] },
    ]);
    const lecture = await compileText(text, 'content/lectures/07-trees.ipynb');
    assert.deepEqual(lecture.diagnostics, []);
    assert.equal(lecture.data?.title, '“Decision” trees', 'smart quotes, and no attribute block');
  });

  it('locate a notebook that is not valid JSON', async () => {
    const text = notebook([{ cell_type: 'markdown', source: ['# Title'] }]).replace('"cells": [', '"cells": [,');
    const lecture = await compileText(text, 'content/lectures/07-trees.ipynb');
    assert.deepEqual(lecture.diagnostics.map((diagnostic) => [diagnostic.line, diagnostic.ruleId]), [[2, 'notebook-invalid']]);
  });
});

describe('links to run a notebook online', () => {
  it('open it in Colab and Binder from the course’s GitHub repository and branch', () => {
    const links = notebookLinks({ repository: 'https://github.com/aronwalsh/MLforMaterials/', branch: 'main' }, 'content/lectures/04-a b.ipynb');
    assert.deepEqual(links, {
      colab: 'https://colab.research.google.com/github/aronwalsh/MLforMaterials/blob/main/content/lectures/04-a%20b.ipynb',
      binder: 'https://mybinder.org/v2/gh/aronwalsh/MLforMaterials/main?labpath=content%2Flectures%2F04-a%20b.ipynb',
    });
  });

  it('are not offered without a GitHub repository', () => {
    assert.equal(notebookLinks({ branch: 'main' }, 'x.ipynb'), undefined);
    assert.equal(notebookLinks({ repository: 'https://gitlab.com/a/b', branch: 'main' }, 'x.ipynb'), undefined);
  });
});
