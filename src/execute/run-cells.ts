import type { Diagnostic } from '../model/diagnostic.ts';
import { readFreezeFile, writeFreezeFile } from '../course-files/freeze-file.ts';
import { cellKeys, frozenOutputs, staleCells } from '../cells/freeze.ts';
import type { CodeCell } from '../cells/lecture-cells.ts';
import { KernelError } from './kernel-error.ts';
import { DEFAULT_CELL_TIMEOUT_MS, startKernel, type CellResult, type Kernel } from './kernel.ts';
import type { CellOutput } from '../cells/outputs.ts';

/** Where a cell's outputs came from. */
export type CellSource = 'kernel' | 'freeze' | 'not-evaluated' | 'not-run';

/** One cell's outputs after a run. */
export interface CellRun {
  /** `not-evaluated`: `eval: false`; `not-run`: an earlier cell failed, or Python could not start. */
  from: CellSource;
  outputs: CellOutput[];
}

/** A diagnostic of a cell that failed, with Python's traceback (cleaned) when it raised. */
export interface ExecuteDiagnostic extends Diagnostic {
  traceback?: string;
}

/** What to run. */
export interface RunCellsOptions {
  cells: readonly CodeCell[];
  /** The lecture file, as diagnostics name it. */
  path: string;
  /** The lecture's folder: the code's working directory. */
  cwd: string;
  /** The lecture's freeze file (see freezePath); read, and rewritten after a successful run. */
  freezePath: string;
  /** Outputs known besides the freeze file, by cell position, e.g. those saved in a notebook (used when the freeze lacks a key). */
  storedOutputs?: readonly (CellOutput[] | undefined)[];
  /** Run every cell, frozen or not. */
  force?: boolean;
  /** Time limit of each cell; default DEFAULT_CELL_TIMEOUT_MS. */
  timeoutMs?: number;
  /** Python interpreter (see startKernel). */
  python?: string;
}

/** What a run did. */
export interface RunCellsResult {
  /** One entry per cell, in order. */
  cells: CellRun[];
  /** Errors located in the lecture (a cell raised or timed out, Python missing) or in the freeze file. */
  diagnostics: ExecuteDiagnostic[];
  /** Cells whose code changed since they were frozen (see staleCells). */
  stale: number[];
  /** Whether Python was started; false when every evaluated cell came from the freeze. */
  ranKernel: boolean;
  /** Whether the freeze file was written (only after a run without errors, and only when it changed). */
  wroteFreeze: boolean;
}

/** Whether the cell runs at all (`eval: false` shows code only). */
function evaluates(cell: CodeCell): boolean {
  return cell.options.eval !== false;
}

/**
 * Run a lecture's cells that are missing from its freeze or stale (all with `force`) in one kernel,
 * and freeze the outputs. As cells share state, a run starts from the first cell; when nothing is
 * missing, Python is not started at all (a course builds from its freeze files without Python).
 */
export async function runCells(options: RunCellsOptions): Promise<RunCellsResult> {
  const { cells } = options;
  const keys = cellKeys(cells);
  const file = readFreezeFile(options.freezePath);
  const notRun: CellRun[] = cells.map(() => ({ from: 'not-run', outputs: [] }));
  if (file.diagnostic) return { cells: notRun, diagnostics: [file.diagnostic], stale: [], ranKernel: false, wroteFreeze: false };

  const frozen = keys.map((key, index) => frozenOutputs(file.freeze, key) ?? options.storedOutputs?.[index]);
  const firstMissing = cells.findIndex((cell, index) => evaluates(cell) && (options.force || !frozen[index]));
  const stale = staleCells(file.freeze, keys);
  const { runs, diagnostics } =
    firstMissing === -1
      ? {
          runs: cells.map((cell, index): CellRun =>
            evaluates(cell) ? { from: 'freeze', outputs: frozen[index] ?? [] } : { from: 'not-evaluated', outputs: [] },
          ),
          diagnostics: [],
        }
      : await runInKernel(options, firstMissing, notRun);

  // A failed run leaves the freeze as it was; a freeze already complete is only rewritten to drop
  // entries of removed cells, and no file is made for outputs that all came from elsewhere (a notebook).
  const wroteFreeze =
    diagnostics.length === 0 && (firstMissing !== -1 || file.text !== undefined)
      ? await writeFreezeFile(options.freezePath, { cells: keys.map((key, index) => ({ key, outputs: runs[index]?.outputs ?? [] })) }, file.text)
      : false;
  return { cells: runs, diagnostics, stale, ranKernel: firstMissing !== -1, wroteFreeze };
}

/** Run every cell in order in a new kernel, stopping at the first failure. */
async function runInKernel(
  options: RunCellsOptions,
  firstMissing: number,
  notRun: readonly CellRun[],
): Promise<{ runs: CellRun[]; diagnostics: ExecuteDiagnostic[] }> {
  const runs = [...notRun];
  let kernel: Kernel;
  try {
    kernel = await startKernel({ cwd: options.cwd, ...(options.python ? { python: options.python } : {}) });
  } catch (error) {
    if (!(error instanceof KernelError)) throw error;
    const line = options.cells[firstMissing]?.line ?? 1;
    return { runs, diagnostics: [located(options.path, line, 'kernel-start', error.reason, error.fix)] };
  }
  try {
    for (const [index, cell] of options.cells.entries()) {
      if (!evaluates(cell)) {
        runs[index] = { from: 'not-evaluated', outputs: [] };
        continue;
      }
      // Everything the cell printed is frozen; its options (warning, output) decide what is shown.
      const result = await kernel.execute(cell.code, { timeoutMs: options.timeoutMs ?? DEFAULT_CELL_TIMEOUT_MS });
      runs[index] = { from: 'kernel', outputs: result.outputs };
      const failure = cellFailure(options, cell, result);
      if (failure) return { runs, diagnostics: [failure] };
    }
    return { runs, diagnostics: [] };
  } catch (error) {
    if (!(error instanceof KernelError)) throw error;
    const cell = options.cells[runs.findIndex((run) => run.from === 'not-run')];
    return { runs, diagnostics: [located(options.path, cell?.line ?? 1, 'kernel-died', error.reason, error.fix)] };
  } finally {
    await kernel.shutdown();
  }
}

/** The diagnostic of a cell that raised (without `error: true`) or timed out; undefined when it went well. */
function cellFailure(options: RunCellsOptions, cell: CodeCell, result: CellResult): ExecuteDiagnostic | undefined {
  if (result.status === 'timeout') {
    const seconds = (options.timeoutMs ?? DEFAULT_CELL_TIMEOUT_MS) / 1000;
    return located(
      options.path,
      cell.line,
      'cell-timeout',
      `The cell ran longer than ${seconds} s and was interrupted`,
      'make it faster (less data, fewer iterations), or raise the time limit for cells',
    );
  }
  if (result.status !== 'error' || cell.options.error === true) return undefined;
  const error = result.outputs.find((output) => output.output_type === 'error');
  const where = result.errorLine ? ` at line ${result.errorLine} of the cell starting at line ${cell.line}` : '';
  return {
    ...located(
      options.path,
      cell.line + (result.errorLine ?? 1) - 1,
      'cell-error',
      `The cell raised ${error ? `${error.ename}: ${error.evalue}` : 'an error'}${where}`,
      'fix the code, or add `#| error: true` to the cell to show the error as its output',
    ),
    ...(error ? { traceback: error.traceback.join('\n') } : {}),
  };
}

/** An error diagnostic at a line of the lecture. */
function located(path: string, line: number, ruleId: string, reason: string, fix: string): ExecuteDiagnostic {
  return { path, line, column: 1, severity: 'error', ruleId, reason, fix };
}
