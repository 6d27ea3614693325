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

describe('a notebook code cell’s metadata', () => {
  const SVG = readFileSync('tests/fixtures/execute/loss-figure.svg', 'utf8');
  const drawn = { output_type: 'display_data', data: { 'image/svg+xml': SVG }, metadata: {} };
  const code = (source: string[], metadata: object, outputs: object[] = []) => ({ cell_type: 'code', source, metadata, execution_count: 1, outputs });
  const text = JSON.stringify({
    cells: [
      { cell_type: 'markdown', source: ['# Metadata\n', '\n', '## A slide'], metadata: {} },
      code(['plt.plot(x)'], { tags: ['hide-input'], 'fig-alt': 'A diagonal line', collapsed: false }, [drawn]),
      code(['plt.plot(y)'], { mystnb: { image: { alt: 'Another line' } } }, [drawn]),
      code(['#| echo: true\n', 'print(1)'], { echo: false, tags: [] }, [{ output_type: 'stream', name: 'stdout', text: ['1\n'] }]),
      code(['x = 1'], { tags: ['remove-inpt'] }),
    ],
    metadata: { kernelspec: { language: 'python' } }, nbformat: 4, nbformat_minor: 5,
  }, null, 1);

  it('gives the cell options: Quarto’s option keys, the tags, Jupyter Book’s mystnb; the cell’s own #| lines win', async () => {
    const lecture = await compileText(text, 'content/lectures/03-metadata.ipynb');
    const notes = query(lecture.notesHtml);
    assert.deepEqual(notes.all('.cell-output-svg svg').map((svg) => svg.properties.ariaLabel), ['A diagonal line', 'Another line']);
    assert.deepEqual(notes.text('details.cell-code-fold > summary'), ['Code']);
    assert.ok(notes.text('pre.astro-code').some((shown) => shown.includes('print(1)')), 'echo: true of the cell over echo: false of its metadata');
    assert.ok(notes.text('pre.astro-code').every((shown) => !shown.includes('#|')), 'no option line is shown as code');
  });

  it('an unknown tag is a warning at its key in the .ipynb file', async () => {
    const lecture = await compileText(text, 'content/lectures/03-metadata.ipynb');
    const tagsLine = text.split('\n').findIndex((line, index, lines) => line.includes('"tags": [') && lines[index + 1]!.includes('remove-inpt')) + 1;
    assert.deepEqual(lecture.diagnostics.map((diagnostic) => `${diagnostic.line} ${diagnostic.ruleId}`), [`${tagsLine} cell-tag`]);
    assert.match(lecture.diagnostics[0]!.reason, /did you mean remove-input\?/);
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
