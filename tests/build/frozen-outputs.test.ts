import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { executeCourse } from '../../src/execute/execute-course.ts';
import { parseFreeze } from '../../src/cells/freeze.ts';
import { parseNotebook } from '../../src/cells/notebook.ts';
import type { CellOutput } from '../../src/cells/outputs.ts';
import { tidyOutputs } from '../../src/cells/tidy-outputs.ts';
import { copyCourse } from '../helpers/build-run.ts';

/**
 * What the repository says each cell printed and drew must be what the code prints and draws: the
 * fixture lectures and Lecture 2 run again from scratch in a real kernel, and their outputs are compared
 * with the frozen ones (and a notebook's saved ones).
 */

/** Outputs as compared: a cell's stdout and stderr each in one piece (the two streams may interleave differently). */
function comparable(outputs: readonly CellOutput[]): unknown[] {
  const streams = Object.fromEntries(
    (['stdout', 'stderr'] as const).map((name) => [name, outputs.flatMap((output) => (output.output_type === 'stream' && output.name === name ? [output.text] : [])).join('')]),
  );
  const rich = outputs.flatMap((output): unknown[] => {
    if (output.output_type === 'stream') return [];
    if (output.output_type === 'error') return [output];
    return [{ type: output.output_type, data: Object.fromEntries(Object.entries(output.data).map(([type, value]) => [type, type === 'image/svg+xml' ? drawn(value) : value])) }];
  });
  return [streams, ...rich];
}

/**
 * A drawing's SVG with its coordinates to two decimals and its clip-path ids numbered in order: another
 * machine's floating point may move a point by a millionth of a pixel (211.686946 for 211.686947), and
 * Matplotlib names a clip path by a hash of its coordinates; it is the same plot.
 */
function drawn(svg: unknown): unknown {
  if (typeof svg !== 'string') return svg;
  const ids = new Map<string, string>();
  return svg.replace(/-?\d+\.\d{3,}/g, (number) => Number(number).toFixed(2))
    .replace(/\bp[0-9a-f]{10}\b/g, (id) => ids.get(id) ?? (ids.set(id, `clip${ids.size + 1}`), `clip${ids.size}`));
}

/** The outputs of each cell of a freeze file. */
function frozen(path: string): unknown[][] {
  const parsed = parseFreeze(readFileSync(path, 'utf8'), path);
  assert.ok('freeze' in parsed, path);
  return parsed.freeze.cells.map((cell) => comparable(cell.outputs));
}

/** Run a course's cells again from scratch (in a copy) and return the new freeze files' folder. */
async function runAgain(contentDir: string, lectures: string[]): Promise<string> {
  const copy = copyCourse(contentDir);
  const run = await executeCourse({ contentDir: copy, force: true, lectures });
  assert.deepEqual(run.diagnostics, []);
  assert.deepEqual(run.lectures.map((lecture) => [lecture.id, lecture.ranKernel]), lectures.map((id) => [id, true]));
  return join(copy, '_freeze');
}

describe('frozen outputs are what the code gives today', () => {
  it('the executed-code fixture: its freeze file and the outputs saved in its notebook', async () => {
    const fixture = 'tests/fixtures/executed';
    const fresh = await runAgain(fixture, ['01-outputs', '02-notebook']);
    assert.deepEqual(frozen(join(fresh, '01-outputs.json')), frozen(join(fixture, '_freeze/01-outputs.json')));

    const path = join(fixture, 'lectures/02-notebook.ipynb');
    const notebook = parseNotebook(readFileSync(path, 'utf8'), path);
    assert.ok('notebook' in notebook);
    const saved = notebook.notebook.cells.filter((cell) => cell.kind === 'code').map((cell) => comparable(tidyOutputs(cell.outputs)));
    assert.deepEqual(frozen(join(fresh, '02-notebook.json')), saved);
  });

  it('Lecture 2: every number it prints and every plot it draws', async () => {
    const fresh = await runAgain('content', ['02-ml-basics']);
    assert.deepEqual(frozen(join(fresh, '02-ml-basics.json')), frozen('content/_freeze/02-ml-basics.json'));
  });
});
