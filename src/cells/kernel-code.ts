/**
 * IPython's own syntax in a cell: shell escapes (`!pip install …`, `files = !ls`) and magics
 * (`%matplotlib inline`, `%%time`). `npm run execute` runs plain Python: a notebook's `!pip install`
 * would wait on a network this machine may not have, and a figure is drawn inline here anyway.
 */

/**
 * A line IPython reads as a shell escape or a line magic: `!` (not `!=`) or `%name` first on the line,
 * or after `name =`. Neither is Python, so no line of Python is taken for one; `% n` (the operator, on
 * a continued line) has a space and is not.
 */
const SHELL_OR_MAGIC = /^\s*(?:[A-Za-z_][\w.]*\s*=\s*)?(?:!(?!=)|%[A-Za-z_])/;

/** A cell magic (`%%time`, `%%bash`): IPython reads it on the cell's first line only. */
const CELL_MAGIC = /^\s*%%[A-Za-z_]/;

/** A line of a cell the kernel is not given. */
export interface SkippedLine {
  /** Counted from 1 in the cell's code. */
  line: number;
  text: string;
}

/** What the kernel runs of a cell, and what it leaves out. */
export interface KernelCode {
  /**
   * The code with each shell or magic line replaced by `pass` at its indent, so line numbers (of a
   * traceback) and blocks stay as written; undefined when a cell magic makes the cell not run.
   */
  code?: string;
  /** The lines left out (with a cell magic, that line alone: the cell is not run at all). */
  skipped: SkippedLine[];
}

/** The code of a cell (its `#|` lines already apart) as the kernel runs it. */
export function kernelCode(code: string): KernelCode {
  const lines = code.split('\n');
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first !== -1 && CELL_MAGIC.test(lines[first]!)) return { skipped: [{ line: first + 1, text: lines[first]!.trim() }] };
  const skipped = lines.flatMap((text, index) => (SHELL_OR_MAGIC.test(text) ? [{ line: index + 1, text: text.trim() }] : []));
  if (skipped.length === 0) return { code, skipped };
  const runnable = lines.map((text, index) => (skipped.some((skip) => skip.line === index + 1) ? `${/^\s*/.exec(text)![0]}pass` : text));
  return { code: runnable.join('\n'), skipped };
}
