import { z } from 'zod';

/** Options a lecture's frontmatter may set for all its cells (Quarto's `execute:` block). */
const sharedCellOptions = {
  /** Run the cell; `false` shows the code only. */
  eval: z.boolean().optional(),
  /** Show the code; `false` shows only what it printed or drew. */
  echo: z.boolean().optional(),
  /** Show the outputs; `asis` reads printed text as Markdown. */
  output: z.union([z.boolean(), z.literal('asis')]).optional(),
  /** `false` runs the cell but shows neither code nor outputs. */
  include: z.boolean().optional(),
  /** Fold the code away under a "Code" summary; `show` starts it open. */
  'code-fold': z.union([z.boolean(), z.literal('show')]).optional(),
  /** The summary line of folded code. */
  'code-summary': z.string().optional(),
  /** `false` hides what the cell wrote to stderr (warnings). */
  warning: z.boolean().optional(),
  /** `true` shows an exception as the cell's output instead of failing the build. */
  error: z.boolean().optional(),
};

/**
 * Quarto's `#|` cell options this site reads, type-checked; other options pass through (Quarto has
 * many, and a lecture written for Quarto should not fail on one it does not need here).
 */
export const cellOptionsSchema = z.looseObject({
  ...sharedCellOptions,
  /** The cell's label; `fig-…` makes its figure a numbered cross-reference target (`@fig-x`). */
  label: z.string().optional(),
  /** Caption of the cell's figure. */
  'fig-cap': z.string().optional(),
  /** Alt text of the cell's figure. */
  'fig-alt': z.string().optional(),
  /** `true`: number the code's lines; `"1-2|4-6"`: highlight those lines, one step per key press. */
  'code-line-numbers': z.union([z.boolean(), z.string()]).optional(),
});

/** A cell's options, e.g. `{ eval: false, 'fig-alt': 'Loss per epoch' }`. */
export type CellOptions = z.output<typeof cellOptionsSchema>;

/** Frontmatter `execute:`: defaults for every cell of the lecture, and each cell's time limit. */
export const executeSchema = z.strictObject({
  ...sharedCellOptions,
  /** Seconds a cell may run before it is interrupted (default 120). */
  timeout: z.number().positive().optional(),
});

/** A lecture's `execute:` frontmatter. */
export type ExecuteOptions = z.output<typeof executeSchema>;
