import type { Diagnostic } from '../model/diagnostic.ts';
import { readFreezeFile, writeFreezeFile } from '../course-files/freeze-file.ts';
import { cellKeys, frozenOutputs, staleCells } from '../cells/freeze.ts';
import type { CodeCell } from '../cells/lecture-cells.ts';
import { kernelCode, type SkippedLine } from '../cells/kernel-code.ts';
import { KernelError } from './kernel-error.ts';
import { DEFAULT_CELL_TIMEOUT_MS, startKernel, type CellResult, type Kernel } from './kernel.ts';
import type { CellOutput } from '../cells/outputs.ts';

/** Where a cell's outputs came from. */
export type CellSource = 'kernel' | 'freeze' | 'not-evaluated' | 'not-run';

/** One cell's outputs after a run. */
export interface CellRun {
  /** `not-evaluated`: `eval: false`, or a cell magic; `not-run`: an earlier cell failed, or Python could not start. */
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
  /**
   * Problems located in the lecture or in the freeze file: errors (a cell timed out, Python missing, a
   * broken freeze) and warnings (a cell raised, shell and magic lines not run).
   */
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
 * missing, Python is not started at all (a course builds from its freeze files without Python). A
 * cell that raises (without `error: true`) ends the run: it and the cells before it are frozen, its
 * error as its output, and the cells after it are not (a warning; a timeout or a dead kernel is an
 * error, and nothing is frozen).
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
  // After a cell that raised, the cells not run have no entry: the next run starts again.
  const failed = diagnostics.some((diagnostic) => diagnostic.severity === 'error');
  const ran = runs.findIndex((cellRun) => cellRun.from === 'not-run');
  const frozenCells = keys.slice(0, ran === -1 ? keys.length : ran).map((key, index) => ({ key, outputs: runs[index]?.outputs ?? [] }));
  const wroteFreeze = !failed && (firstMissing !== -1 || file.text !== undefined)
    ? await writeFreezeFile(options.freezePath, { cells: frozenCells }, file.text)
    : false;
  return { cells: runs, diagnostics, stale, ranKernel: firstMissing !== -1, wroteFreeze };
}

/** Run every cell in order in a new kernel (without its shell and magic lines), stopping at the first failure. */
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
  const diagnostics: ExecuteDiagnostic[] = [];
  try {
    for (const [index, cell] of options.cells.entries()) {
      const runnable = evaluates(cell) ? kernelCode(cell.code) : { skipped: [] };
      if (runnable.skipped.length > 0) diagnostics.push(skippedLines(options.path, cell, runnable.skipped, runnable.code === undefined));
      if (runnable.code === undefined) {
        runs[index] = { from: 'not-evaluated', outputs: [] };
        continue;
      }
      // Everything the cell printed is frozen; its options (warning, output) decide what is shown.
      const result = await kernel.execute(runnable.code, { timeoutMs: options.timeoutMs ?? DEFAULT_CELL_TIMEOUT_MS });
      runs[index] = { from: 'kernel', outputs: result.outputs };
      const failure = cellFailure(options, cell, result, options.cells.length - index - 1);
      if (failure) return { runs, diagnostics: [...diagnostics, failure] };
    }
    return { runs, diagnostics };
  } catch (error) {
    if (!(error instanceof KernelError)) throw error;
    const cell = options.cells[runs.findIndex((run) => run.from === 'not-run')];
    return { runs, diagnostics: [...diagnostics, located(options.path, cell?.line ?? 1, 'kernel-died', error.reason, error.fix)] };
  } finally {
    await kernel.shutdown();
  }
}

/**
 * The diagnostic of a cell that raised (without `error: true`: a warning, `later` cells not run after
 * it) or timed out (an error); undefined when it went well.
 */
function cellFailure(options: RunCellsOptions, cell: CodeCell, result: CellResult, later: number): ExecuteDiagnostic | undefined {
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
  // Lines of the cell, not of the file: a notebook's lines are not the Markdown's the kernel saw.
  const where = result.errorLine ? ` at line ${result.errorLine} of the cell` : '';
  const after = later === 0 ? '' : later === 1 ? '; the cell after it was not run' : `; the ${later} cells after it were not run`;
  return {
    ...located(
      options.path,
      cell.line + (result.errorLine ?? 1) - 1,
      'cell-error',
      `The cell raised ${error ? `${error.ename}: ${error.evalue}` : 'an error'}${where}: the error is frozen as its output${after}`,
      'fix the code, or tag the cell raises-exception (`#| error: true`) if the error is the point',
      'warning',
    ),
    ...(error ? { traceback: error.traceback.join('\n') } : {}),
  };
}

/** `!pip install …` or `%pip install …`: a package the notebook installs for itself. */
const PIP_INSTALL = /^(?:!|%)\s*pip3?\s+install\b/;

/**
 * The warning naming a cell's shell and magic lines, which the kernel was not given (`whole`: a cell
 * magic, so the cell did not run); at the first of them, each named by its line in the cell.
 */
function skippedLines(path: string, cell: CodeCell, skipped: readonly SkippedLine[], whole: boolean): ExecuteDiagnostic {
  const named = skipped.map((skip) => `\`${skip.text}\` (line ${skip.line} of the cell)`).join(', ');
  const installs = skipped.some((skip) => PIP_INSTALL.test(skip.text));
  return located(
    path,
    cell.line + skipped[0]!.line - 1,
    'cell-magic',
    whole
      ? `The cell starts with the cell magic ${named}: it was not run, and is shown as code`
      : `Shell and magic lines are not run here: ${named}; the cell ran without them (they are still shown)`,
    whole
      ? 'write the cell in plain Python to run it here'
      : installs
        ? 'install the package on this machine (or set PYTHON to a Python that has it): the kernel here installs nothing'
        : 'nothing to do if the cell needs them only in Jupyter (`%matplotlib inline`: figures are drawn inline here); else write them in Python',
    'warning',
  );
}

/** A diagnostic at a line of the lecture (an error unless said). */
function located(path: string, line: number, ruleId: string, reason: string, fix: string, severity: 'error' | 'warning' = 'error'): ExecuteDiagnostic {
  return { path, line, column: 1, severity, ruleId, reason, fix };
}
