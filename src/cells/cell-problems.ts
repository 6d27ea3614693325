import type { DiagnosticInput } from '../markdown/diagnostics.ts';
import type { CellOptions } from '../schemas/execute.ts';
import type { CellOutput } from './outputs.ts';

/** A problem of a lecture's cells, to report at the cell it names. */
export interface CellProblem extends Omit<DiagnosticInput, 'place'> {
  /** The cell's position among the lecture's Python cells. */
  cell: number;
}

/** What the compile knows of each Python cell: its options and its outputs (undefined: none yet). */
export interface ShownCell {
  options: CellOptions;
  outputs: readonly CellOutput[] | undefined;
}

/** The exception among a cell's outputs, when the cell was not meant to raise it (no `error: true`). */
function unexpectedError({ options, outputs }: ShownCell) {
  return options.error === true ? undefined : outputs?.find((output) => output.output_type === 'error');
}

/**
 * The warnings about outputs a lecture's cells lack or hold: each cell whose outputs are an exception
 * it was not meant to raise (shown as its output; the cells after the first such one that have no
 * outputs were not run, which it says), and one at the first cell without outputs before that: its
 * code changed since it was frozen (`stale`), or it never ran. The cells after an edited one cannot
 * keep theirs either (they may depend on it).
 */
export function cellProblems(shown: readonly ShownCell[], stale: (cell: number) => boolean): CellProblem[] {
  const firstError = shown.findIndex((cell) => unexpectedError(cell));
  const end = firstError === -1 ? shown.length : firstError;
  const missing = shown.slice(0, end).flatMap((cell, index) => (cell.outputs ? [] : [index]));
  const notRun = firstError === -1 ? 0 : shown.slice(firstError + 1).filter((cell) => !cell.outputs).length;
  const problems = shown.flatMap((cell, index): CellProblem[] => {
    const error = unexpectedError(cell);
    if (!error || error.output_type !== 'error') return [];
    const after = index !== firstError || notRun === 0 ? ''
      : notRun === 1 ? '; the cell after it shows no outputs: it was not run' : `; the ${notRun} cells after it show no outputs: they were not run`;
    return [{
      cell: index,
      ruleId: 'cell-error',
      reason: `The cell raised ${error.ename}: ${error.evalue} (shown as its output)${after}`,
      fix: 'fix the code and run `npm run execute` again, or tag the cell raises-exception (`#| error: true`) if the error is the point',
    }];
  });
  const [first] = missing;
  if (first === undefined) return problems;
  const later = missing.length - 1;
  const others = later === 0 ? '' : ` (nor do ${later} later ${later === 1 ? 'cell' : 'cells'})`;
  const notRunYet: CellProblem = {
    cell: first,
    ruleId: stale(first) ? 'cell-stale' : 'cell-not-run',
    reason: stale(first)
      ? `The cell's code changed since its outputs were frozen: they are not shown${others}`
      : `The cell has not been run: it shows no outputs${others}`,
    fix: 'run `npm run execute` (or build with `npm run build -- --execute`) and commit content/_freeze',
  };
  return [notRunYet, ...problems].sort((a, b) => a.cell - b.cell);
}
