import assert from 'node:assert/strict';
import { appendFileSync, cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { compileLecture } from '../../src/compile/compile-lecture.ts';
import { executeCourse } from '../../src/execute/execute-course.ts';
import { query } from '../helpers/html.ts';
import { fixtureContext } from '../helpers/markdown.ts';
import { scratchFolder } from '../helpers/scratch.ts';

/** A notebook: a cell saved with outputs, then one never run (Jupyter Book's execute_notebooks: off keeps it so). */
const NOTEBOOK = JSON.stringify({
  cells: [
    { cell_type: 'markdown', metadata: {}, source: ['# Saved outputs\n', '\n', '## A slide'] },
    { cell_type: 'code', metadata: {}, execution_count: 1, source: ['print("saved")'], outputs: [{ output_type: 'stream', name: 'stdout', text: ['saved\n'] }] },
    { cell_type: 'code', metadata: {}, execution_count: null, source: ['!pip install numpy --quiet\n', 'print("never run")'], outputs: [] },
  ],
  metadata: { kernelspec: { language: 'python' } }, nbformat: 4, nbformat_minor: 5,
}, null, 1);

/** A freeze that would give the notebook's cells other outputs. */
const FREEZE = { cells: [{ key: '0123456789abcdef', outputs: [{ output_type: 'stream' as const, name: 'stdout' as const, text: 'frozen\n' }] }] };

describe('course.yaml execute: { notebooks: off }', () => {
  const compile = async (notebooks: 'auto' | 'off', path: string, text: string) => {
    const context = await fixtureContext();
    return compileLecture({ path, bytes: new TextEncoder().encode(text), freeze: FREEZE }, { ...context, course: { ...context.course, execute: { notebooks } } });
  };

  it('a notebook shows its saved outputs only: a cell saved without shows its code, with no warning', async () => {
    const off = await compile('off', 'content/lectures/04-saved.ipynb', NOTEBOOK);
    assert.deepEqual(off.diagnostics, []);
    const notes = query(off.notesHtml);
    assert.deepEqual(notes.text('pre.cell-output'), ['saved']);
    assert.equal(notes.all('.cell pre.astro-code').length, 2);
    const auto = await compile('auto', 'content/lectures/04-saved.ipynb', NOTEBOOK);
    assert.deepEqual(auto.diagnostics.map((diagnostic) => diagnostic.ruleId), ['cell-not-run'], 'auto: the cell never run is to be run');
  });

  it('leaves Markdown lectures as they are', async () => {
    const markdown = await compile('off', 'content/lectures/04-saved.md', '---\ntitle: T\nnumber: 4\n---\n\n## A\n\n```{python}\nprint(1)\n```\n');
    assert.deepEqual(markdown.diagnostics.map((diagnostic) => diagnostic.ruleId), ['cell-stale'], 'its freeze is read (and was made for other code)');
  });

  it('npm run execute runs no cell of a notebook lecture (no Python needed), and says so', async () => {
    const contentDir = scratchFolder('notebooks-off');
    cpSync('tests/fixtures/executed', contentDir, { recursive: true });
    appendFileSync(join(contentDir, 'course.yaml'), 'execute:\n  notebooks: off\n');
    const run = await executeCourse({ contentDir, force: true, lectures: ['02-notebook'], python: '/nonexistent/python3' });
    assert.deepEqual(run.diagnostics, []);
    assert.deepEqual(run.lectures.map((lecture) => [lecture.id, lecture.ranKernel, lecture.storedOutputsOnly]), [['02-notebook', false, true]]);
    assert.equal(existsSync(join(contentDir, '_freeze/02-notebook.json')), false);
  });
});
