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
  /** Alt text of the figure the cell draws (in the frontmatter: of every figure without its own). */
  'fig-alt': z.string().optional(),
};

/**
 * MyST-NB's cell settings (Jupyter Book's `mystnb:` cell metadata) this site reads; others pass
 * through, to be reported as not read.
 */
const mystnbSchema = z.looseObject({
  /** `image: { alt }`: the alt text of the cell's figure. */
  image: z.looseObject({ alt: z.string().optional() }).optional(),
  /** `figure: { caption, name }`: the caption of the cell's figure and its label. */
  figure: z.looseObject({ caption: z.string().optional(), name: z.string().optional() }).optional(),
  /** `true`: the code is not shown. */
  remove_code_source: z.boolean().optional(),
  /** `true`: the outputs are not shown. */
  remove_code_outputs: z.boolean().optional(),
  /** `true`: the code's lines are numbered. */
  number_source_lines: z.boolean().optional(),
});

/** A cell's `mystnb:` settings. */
export type MystnbSettings = z.output<typeof mystnbSchema>;

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
  /** `true`: number the code's lines; `"1-2|4-6"`: highlight those lines, one step per key press. */
  'code-line-numbers': z.union([z.boolean(), z.string()]).optional(),
  /** Jupyter's cell tags (`remove-input`, `raises-exception` …), each standing for options (src/cells/cell-tags.ts). */
  tags: z.array(z.string()).optional(),
  /** Jupyter Book's (MyST-NB's) settings of the cell. */
  mystnb: mystnbSchema.optional(),
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
