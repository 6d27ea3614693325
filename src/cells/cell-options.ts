import { readCellOptions } from '../markdown/pandoc/cell-options.ts';
import { cellOptionsSchema, type CellOptions } from '../schemas/execute.ts';

export type { CellOptions };

/**
 * Quarto's `#|` cell options: read by the syntax layer's parser (src/markdown/pandoc/cell-options.ts,
 * the one reader of option lines), type-checked here against the options this site acts on.
 */

/** A cell's source taken apart: the options, and the code Python runs. */
export interface SplitCell {
  options: CellOptions;
  /** The code without the option lines, `\n` line ends, no trailing blank lines. */
  code: string;
  /** How many option lines came first: the code's first line is that many lines into the source. */
  optionLines: number;
}

/** A problem in a cell's option lines, at a line counted from 1 in the cell's source. */
export interface CellOptionsProblem {
  line: number;
  reason: string;
  fix: string;
}

/** What kind of value an option takes, in the author's words. */
function describeExpected(name: string): string {
  if (['label', 'fig-cap', 'fig-alt', 'code-summary'].includes(name)) return 'a text value';
  if (name === 'output') return 'the value `true`, `false` or `asis`';
  if (name === 'code-fold') return 'the value `true`, `false` or `show`';
  if (name === 'code-line-numbers') return 'the value `true`, `false` or steps such as `"1-2|4"`';
  if (name === 'tags') return 'a list of tags, such as `[hide-input]`';
  if (name === 'mystnb') return 'MyST-NB settings, such as `{image: {alt: The loss per epoch}}`';
  return 'the value `true` or `false`';
}

/** The line (counted from 1 among `optionLines`, as written) that sets option `name`; 1 when none does. */
export function optionLine(name: string, optionLines: readonly string[]): number {
  const index = optionLines.findIndex((line) => line.replace(/^\s*#\|\s*/, '').startsWith(`${name}:`));
  return index >= 0 ? index + 1 : 1;
}

/**
 * Type-check options read from a cell's `#|` lines (`optionLines`, as written, to locate a bad value);
 * a problem names the option, its line among them, and the values it takes.
 */
export function validateCellOptions(
  options: Record<string, unknown>,
  optionLines: readonly string[],
): { options: CellOptions } | CellOptionsProblem {
  const parsed = cellOptionsSchema.safeParse(options);
  if (parsed.success) return { options: parsed.data };
  const issue = parsed.error.issues[0];
  const name = String(issue?.path[0] ?? '');
  return {
    line: optionLine(name, optionLines),
    reason: `The cell option \`${name}\` is not valid: ${issue?.message}`,
    fix: `give \`${name}\` ${describeExpected(name)}`,
  };
}

/** Take a code cell's source (a notebook cell's, say) apart into its `#|` options and its code. */
export function splitCellOptions(source: string): SplitCell | CellOptionsProblem {
  const text = source.replace(/\r\n?/g, '\n');
  const read = readCellOptions(text, '#|');
  if (!read.ok) {
    return {
      line: read.line + 1,
      reason: `The cell's \`#|\` options are not valid YAML: ${read.reason}`,
      fix: 'write each option as `#| name: value`, e.g. `#| echo: false`',
    };
  }
  const valid = validateCellOptions(read.options, text.split('\n').slice(0, read.lines));
  if (isOptionsProblem(valid)) return valid;
  return { options: valid.options, code: read.code.replace(/\n+$/, ''), optionLines: read.lines };
}

/** Whether option reading found a problem. */
export function isOptionsProblem<T extends { options: CellOptions }>(result: T | CellOptionsProblem): result is CellOptionsProblem {
  return 'reason' in result;
}
