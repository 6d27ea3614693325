import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';

/**
 * Quarto's cell options: `#| key: value` lines (YAML) at the top of a code cell. Options this engine
 * or the pipeline reads are type-checked; others pass through for the pipeline to judge.
 */
export const cellOptionsSchema = z.looseObject({
  eval: z.boolean().optional(),
  echo: z.boolean().optional(),
  output: z.boolean().optional(),
  include: z.boolean().optional(),
  error: z.boolean().optional(),
  warning: z.boolean().optional(),
  label: z.string().optional(),
  'fig-cap': z.string().optional(),
  'fig-alt': z.string().optional(),
});

/** A cell's options, e.g. `{ eval: false, 'fig-alt': 'Loss per epoch' }`. */
export type CellOptions = z.output<typeof cellOptionsSchema>;

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

/** Leading `#|` lines of the source: `#| ` or `#|` then YAML. */
const OPTION_LINE = /^#\|\s?(.*)$/;

/** Take a code cell's source apart into its `#|` options and its code. */
export function splitCellOptions(source: string): SplitCell | CellOptionsProblem {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const yamlLines: string[] = [];
  while (yamlLines.length < lines.length) {
    const match = OPTION_LINE.exec(lines[yamlLines.length] ?? '');
    if (!match) break;
    yamlLines.push(match[1] ?? '');
  }
  const code = lines.slice(yamlLines.length).join('\n').replace(/\n+$/, '');
  if (yamlLines.length === 0) return { options: {}, code, optionLines: 0 };

  let parsed: unknown;
  try {
    parsed = parseYaml(yamlLines.join('\n'));
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    return {
      line: error.linePos?.[0].line ?? 1,
      reason: `The cell's \`#|\` options are not valid YAML: ${error.message.split('\n')[0]}`,
      fix: 'write each option as `#| name: value`, e.g. `#| echo: false`',
    };
  }
  const options = cellOptionsSchema.safeParse(parsed ?? {});
  if (!options.success) {
    const issue = options.error.issues[0];
    const name = String(issue?.path[0] ?? '');
    const index = yamlLines.findIndex((line) => line.trimStart().startsWith(`${name}:`));
    return {
      line: index >= 0 ? index + 1 : 1,
      reason: name ? `The cell option \`${name}\` is not valid: ${issue?.message}` : 'The cell options are not a list of `name: value` lines',
      fix: name ? `give \`${name}\` a ${describeExpected(name)} value` : 'write each option as `#| name: value`',
    };
  }
  return { options: options.data, code, optionLines: yamlLines.length };
}

/** What kind of value an option takes, in the author's words. */
function describeExpected(name: string): string {
  return ['label', 'fig-cap', 'fig-alt'].includes(name) ? 'text' : '`true` or `false`';
}

/** Whether `splitCellOptions` found a problem. */
export function isOptionsProblem(result: SplitCell | CellOptionsProblem): result is CellOptionsProblem {
  return 'reason' in result;
}
