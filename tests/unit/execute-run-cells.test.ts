import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { isOptionsProblem, splitCellOptions } from '../../src/cells/cell-options.ts';
import { freezePath } from '../../src/course-files/freeze-file.ts';
import { cellKeys } from '../../src/cells/freeze.ts';
import type { CellOutput } from '../../src/cells/outputs.ts';
import type { CodeCell } from '../../src/cells/lecture-cells.ts';
import { runCells, type RunCellsOptions, type RunCellsResult } from '../../src/execute/run-cells.ts';
import { scratchFolder } from '../helpers/scratch.ts';

const LECTURE_DIR = resolve('tests/fixtures/execute/lecture');
const NO_PYTHON = '/nonexistent/python3';

/** Cells as the pipeline would hand them over: source with `#|` lines, at a line of the lecture. */
function cell(source: string, line: number): CodeCell {
  const split = splitCellOptions(source);
  assert.ok(!isOptionsProblem(split));
  return { code: split.code, options: split.options, line: line + split.optionLines };
}

const LECTURE = [
  cell('import pandas as pd\ndata = pd.read_csv("data.csv")', 10),
  cell('print(len(data))', 15),
  cell('data.y.sum()', 20),
  cell('#| eval: false\nraise SystemExit("never run")', 25),
  cell('#| warning: false\nimport warnings\nwarnings.warn("noisy")\nprint("quiet")', 30),
  cell('#| error: true\n1 / 0', 40),
];

function options(overrides: Partial<RunCellsOptions> = {}): RunCellsOptions {
  return {
    cells: LECTURE,
    path: 'content/lectures/03-regression.md',
    cwd: LECTURE_DIR,
    freezePath: freezePath(scratchFolder('run-cells'), '03-regression'),
    ...overrides,
  };
}

const texts = (outputs: CellOutput[]) =>
  outputs.map((output) => {
    if (output.output_type === 'stream') return output.name === 'stderr' ? /UserWarning: \w+/.exec(output.text)?.[0] : output.text;
    return output.output_type === 'error' ? output.ename : output.data['text/plain'];
  });

/** Python's warning as printed to stderr (frozen: `warning: false` hides it when shown). */
const stderrWarning = 'UserWarning: noisy';

describe('running a lecture’s cells', () => {
  // The steps share one lecture and its freeze file, in order, as successive builds would.
  const run = options();
  let first: RunCellsResult;

  it('runs every cell in one kernel, honours eval and error, freezes everything printed', async () => {
    first = await runCells(run);
    assert.deepEqual(first.diagnostics, []);
    assert.equal(first.ranKernel, true);
    assert.equal(first.wroteFreeze, true);
    assert.deepEqual(
      // stdout and stderr are two streams: which reaches the kernel's channel first is not fixed.
      first.cells.map((cellRun) => [cellRun.from, texts(cellRun.outputs).sort()]),
      [
        ['kernel', []],
        ['kernel', ['2\n']],
        ['kernel', ['7']],
        ['not-evaluated', []],
        ['kernel', [stderrWarning, 'quiet\n']],
        ['kernel', ['ZeroDivisionError']],
      ],
    );
    const warning = first.cells[4]?.outputs.find((output) => output.output_type === 'stream' && output.name === 'stderr');
    assert.match(warning?.output_type === 'stream' ? warning.text : '', /^<cell>:2: UserWarning: noisy\n/, 'no temporary path, which changes every run');
    const frozen = JSON.parse(readFileSync(run.freezePath, 'utf8'));
    assert.equal(frozen.cells.length, LECTURE.length);
  });

  it('takes everything from the freeze when nothing changed, without needing Python', async () => {
    const again = await runCells({ ...run, python: NO_PYTHON });
    assert.deepEqual(again.diagnostics, []);
    assert.equal(again.ranKernel, false);
    assert.equal(again.wroteFreeze, false);
    assert.deepEqual(
      again.cells.map((cellRun) => cellRun.outputs),
      first.cells.map((cellRun) => cellRun.outputs),
    );
    assert.deepEqual(again.cells.map((cellRun) => cellRun.from).slice(0, 4), ['freeze', 'freeze', 'freeze', 'not-evaluated']);
  });

  it('reports an exception at the failing line, with the traceback, as a warning; freezes the cells up to it, not those after', async () => {
    // On a copy of the freeze, so the steps after this one see the lecture as it was.
    const copy = { ...run, freezePath: freezePath(scratchFolder('run-cells'), '03-regression') };
    mkdirSync(dirname(copy.freezePath));
    writeFileSync(copy.freezePath, readFileSync(run.freezePath, 'utf8'));
    const broken = LECTURE.with(2, cell('total = data.y.sum()\nratio = total / data.z.sum()', 20));
    const result = await runCells({ ...copy, cells: broken });
    assert.equal(result.diagnostics.length, 1);
    const [diagnostic] = result.diagnostics;
    assert.equal(diagnostic?.ruleId, 'cell-error');
    assert.equal(diagnostic?.severity, 'warning');
    assert.equal(diagnostic?.path, 'content/lectures/03-regression.md');
    assert.equal(diagnostic?.line, 21, 'line 2 of the cell that starts at line 20');
    assert.match(diagnostic?.reason ?? '', /AttributeError: .*'z'.*at line 2 of the cell: the error is frozen as its output; the 3 cells after it were not run$/);
    assert.match(diagnostic?.fix ?? '', /raises-exception \(`#\| error: true`\)/);
    assert.match(diagnostic?.traceback ?? '', /----> 2 ratio = total \/ data\.z\.sum\(\)/);
    assert.deepEqual(
      result.cells.map((cellRun) => cellRun.from),
      ['kernel', 'kernel', 'kernel', 'not-run', 'not-run', 'not-run'],
      'cells after a failure do not run',
    );
    assert.equal(result.wroteFreeze, true);
    const frozen = JSON.parse(readFileSync(copy.freezePath, 'utf8')) as { cells: { key: string; outputs: { ename?: string }[] }[] };
    assert.deepEqual(frozen.cells.map((entry) => entry.key), cellKeys(broken).slice(0, 3), 'the cells up to the failing one, none after');
    assert.equal(frozen.cells[2]?.outputs[0]?.ename, 'AttributeError', 'the error is the failing cell’s output');
    const again = await runCells({ ...copy, cells: broken });
    assert.equal(again.ranKernel, true, 'the cells not run make the next run start again');
  });

  it('runs again when a cell is edited: it and every later cell are stale', async () => {
    const edited = LECTURE.with(1, cell('print(len(data) * 10)', 15));
    const rerun = await runCells({ ...run, cells: edited });
    assert.deepEqual(rerun.stale, [1, 2, 3, 4, 5]);
    assert.equal(rerun.ranKernel, true);
    assert.deepEqual(texts(rerun.cells[1]?.outputs ?? []), ['20\n']);
    assert.deepEqual(JSON.parse(readFileSync(run.freezePath, 'utf8')).cells[1].key, cellKeys(edited)[1]);

    const forced = await runCells({ ...run, cells: edited, force: true });
    assert.equal(forced.ranKernel, true, 'force runs the cells although all are frozen');
    assert.deepEqual(forced.stale, []);
  });
});

describe('running cells that cannot run', () => {
  it('reports a cell that runs past its time limit', async () => {
    const result = await runCells(options({ cells: [cell('import time\ntime.sleep(60)', 7)], timeoutMs: 1500 }));
    assert.deepEqual(
      result.diagnostics.map((diagnostic) => [diagnostic.ruleId, diagnostic.line]),
      [['cell-timeout', 7]],
    );
    assert.match(result.diagnostics[0]?.reason ?? '', /longer than 1.5 s/);
  });

  it('says at the first cell to run that Python is missing, and runs nothing', async () => {
    const result = await runCells(options({ python: NO_PYTHON }));
    assert.deepEqual(
      result.diagnostics.map((diagnostic) => [diagnostic.ruleId, diagnostic.line]),
      [['kernel-start', 10]],
    );
    assert.match(result.diagnostics[0]?.fix ?? '', /set PYTHON/);
    assert.ok(result.cells.every((cellRun) => cellRun.from === 'not-run'));
  });

  it('stops at a broken freeze file instead of overwriting it', async () => {
    const run = options({ python: NO_PYTHON });
    mkdirSync(dirname(run.freezePath));
    writeFileSync(run.freezePath, '{"version": 1, "cells": [}');
    const result = await runCells(run);
    assert.deepEqual(
      result.diagnostics.map((diagnostic) => [diagnostic.ruleId, diagnostic.line, diagnostic.column]),
      [['freeze-invalid', 1, 26]],
    );
    assert.equal(readFileSync(run.freezePath, 'utf8'), '{"version": 1, "cells": [}');
  });

  it('uses stored outputs (a notebook’s) for cells the freeze lacks, without Python and without a freeze file', async () => {
    const cells = LECTURE.slice(1, 3);
    const stored: CellOutput[] = [{ output_type: 'stream', name: 'stdout', text: 'from the notebook\n' }];
    const result = await runCells(options({ cells, python: NO_PYTHON, storedOutputs: [stored, stored] }));
    assert.deepEqual(result.diagnostics, []);
    assert.equal(result.ranKernel, false);
    assert.equal(result.wroteFreeze, false);
    assert.deepEqual(texts(result.cells[0]?.outputs ?? []), ['from the notebook\n']);
  });
});

describe('shell and magic lines', () => {
  it('are not run: the cell runs without them, a cell magic’s cell not at all, one warning per cell naming them', async () => {
    const cells = [
      cell('!pip install numpy --quiet\n%matplotlib inline\nprint("ran")', 5),
      cell('%%time\nraise SystemExit("never run")', 10),
      cell('if True:\n    !echo hi\nprint("after")', 15),
    ];
    const result = await runCells(options({ cells }));
    assert.deepEqual(
      result.diagnostics.map((diagnostic) => [diagnostic.ruleId, diagnostic.severity, diagnostic.line]),
      [['cell-magic', 'warning', 5], ['cell-magic', 'warning', 10], ['cell-magic', 'warning', 16]],
    );
    assert.match(result.diagnostics[0]!.reason, /`!pip install numpy --quiet` \(line 1 of the cell\), `%matplotlib inline` \(line 2 of the cell\); the cell ran without them/);
    assert.match(result.diagnostics[1]!.reason, /cell magic `%%time` \(line 1 of the cell\): it was not run/);
    assert.match(result.diagnostics[0]!.fix, /install the package on this machine/);
    assert.deepEqual(result.cells.map((cellRun) => [cellRun.from, texts(cellRun.outputs)]), [['kernel', ['ran\n']], ['not-evaluated', []], ['kernel', ['after\n']]]);
    assert.equal(result.wroteFreeze, true, 'warnings do not keep the freeze from being written');
  });
});
