import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { notebookToLecture } from '../../src/cells/notebook-to-lecture.ts';
import { parseNotebook, type Notebook } from '../../src/cells/notebook.ts';

const FIXTURES = 'tests/fixtures/execute';

/** A notebook file, parsed. */
const readNotebook = (path: string) => parseNotebook(readFileSync(path, 'utf8'), path);

function notebookOf(path: string): Notebook {
  const read = readNotebook(path);
  assert.ok('notebook' in read, 'diagnostic' in read ? read.diagnostic.reason : '');
  return read.notebook;
}

/** The line of the .ipynb file holding a text. */
function lineOf(path: string, text: string): number {
  return readFileSync(path, 'utf8').split('\n').findIndex((line) => line.includes(text)) + 1;
}

describe('reading notebooks', () => {
  it('reads cells, stored outputs and the .ipynb line of each source line', async () => {
    const path = `${FIXTURES}/regression.ipynb`;
    const notebook = notebookOf(path);
    assert.equal(notebook.title, 'Regression in a notebook', 'the raw frontmatter cell names it');
    assert.deepEqual(notebook.frontmatter, { title: 'Regression in a notebook', number: 4 });
    assert.equal(notebook.language, 'python');
    assert.deepEqual(
      notebook.cells.map((cell) => [cell.kind, cell.outputs.length, cell.executed]),
      [
        ['raw', 0, false],
        ['markdown', 0, false],
        ['code', 1, true],
        ['code', 1, true],
        ['code', 0, false],
        ['markdown', 0, false],
      ],
    );
    const code = notebook.cells[2];
    assert.equal(code?.source, '#| echo: false\nimport numpy as np\nx = np.arange(3)\nx.sum()');
    assert.equal(code?.line, lineOf(path, '"#| echo: false'));
    assert.equal(code?.sourceLines[3], lineOf(path, '"x.sum()"'));
    assert.deepEqual(code?.outputs[0], { output_type: 'execute_result', execution_count: 1, data: { 'text/plain': '3' }, metadata: {} });
  });

  it('takes the title from metadata.title first, and leaves a # heading to the lecture reader, which reads the Markdown', () => {
    const notebook = (metadata: object, cells: object[]) => JSON.stringify({ metadata, nbformat: 4, nbformat_minor: 5, cells });
    const heading = { cell_type: 'markdown', metadata: {}, source: ['Intro\n', '\n', '# Decision trees\n', '## Not this'] };
    const fromHeading = parseNotebook(notebook({}, [heading]), 'a.ipynb');
    assert.ok('notebook' in fromHeading);
    assert.equal(fromHeading.notebook.title, undefined);
    const fromMetadata = parseNotebook(notebook({ title: 'Forests' }, [heading]), 'a.ipynb');
    assert.ok('notebook' in fromMetadata);
    assert.equal(fromMetadata.notebook.title, 'Forests');
  });

  it('locates invalid JSON at its line and column', async () => {
    const read = readNotebook(`${FIXTURES}/broken.ipynb`);
    assert.ok('diagnostic' in read);
    const { diagnostic } = read;
    assert.equal(diagnostic.path, `${FIXTURES}/broken.ipynb`);
    assert.deepEqual([diagnostic.line, diagnostic.column], [6, 4]);
    assert.equal(diagnostic.ruleId, 'notebook-invalid');
    assert.match(diagnostic.reason, /not valid JSON: comma expected/);
  });

  it('refuses a notebook that is not nbformat 4, at its nbformat line', async () => {
    const path = `${FIXTURES}/nbformat3.ipynb`;
    const read = readNotebook(path);
    assert.ok('diagnostic' in read);
    assert.equal(read.diagnostic.line, lineOf(path, '"nbformat": 3'));
    assert.match(read.diagnostic.reason, /nbformat 3; only nbformat 4/);
    assert.match(read.diagnostic.fix, /jupyter nbconvert --to notebook --nbformat 4/);
  });

  it('locates a cell that breaks the format', () => {
    const text = JSON.stringify({ metadata: {}, nbformat: 4, nbformat_minor: 5, cells: [{ cell_type: 'code', source: 'x', outputs: [] }] }, null, 1);
    const read = parseNotebook(text, 'a.ipynb');
    assert.ok('diagnostic' in read);
    assert.match(read.diagnostic.reason, /cells\.0\.execution_count/);
  });
});

describe('notebooks as lectures', () => {
  it('writes markdown cells as they are and code cells as {python} chunks, with lines mapped into the notebook', async () => {
    const path = `${FIXTURES}/regression.ipynb`;
    const lecture = notebookToLecture(notebookOf(path));
    assert.equal(
      lecture.markdown,
      [
        '---',
        'title: Regression in a notebook',
        'number: 4',
        '---',
        '',
        '# Linear regression',
        '',
        'Fitting a line to **data**.',
        '',
        '```{python}',
        '#| echo: false',
        'import numpy as np',
        'x = np.arange(3)',
        'x.sum()',
        '```',
        '',
        '````{python}',
        "print('fence: ```')",
        '````',
        '',
        '```{python}',
        'slow_training()',
        '```',
        '',
        'That is all.',
        '',
      ].join('\n'),
    );
    const lines = lecture.markdown.split('\n');
    const markdownLine = lines.indexOf('x = np.arange(3)');
    assert.equal(lecture.sourceLines[markdownLine], lineOf(path, '"x = np.arange(3)'));
    assert.equal(lecture.sourceLines[lines.indexOf('That is all.')], lineOf(path, '"That is all.'));
  });

  it('keeps the stored outputs of each code cell at its position among the chunks', async () => {
    const lecture = notebookToLecture(notebookOf(`${FIXTURES}/regression.ipynb`));
    assert.equal([...lecture.markdown.matchAll(/^`{3,}\{python\}$/gm)].length, 3);
    assert.deepEqual(lecture.storedOutputs, [
      [{ output_type: 'execute_result', execution_count: 1, data: { 'text/plain': '3' }, metadata: {} }],
      [{ output_type: 'stream', name: 'stdout', text: 'fence: ```\n' }],
      undefined,
    ], 'the cell never run has none');
  });
});
