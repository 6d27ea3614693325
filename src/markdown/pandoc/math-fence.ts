import { attributeBlockEnd, looksLikeAttributes } from './attributes.ts';
import type { Span } from './fence-lines.ts';

/** A line that opens display math: `$$` alone. */
export const MATH_OPEN = /^\$\$[ \t]*$/;

/** A bare closing `$$` (remark-math's to read). */
export const MATH_CLOSE = /^ {0,3}\$\$+[ \t]*$/;

/** What follows the `$$` that closes labelled display math. */
export type LabelledMathClose = { label: string } | { attributes: Span };

/**
 * Read a closing `$$` that names the equation: Quarto's `$$ {#eq-x}`
 * (the attribute block's span) or MyST's `$$ (eq-x)` (the label).
 */
export function readLabelledMathClose(line: string): LabelledMathClose | undefined {
  const myst = /^ {0,3}\$\$[ \t]*\(([^()\s]+)\)[ \t]*$/.exec(line);
  if (myst) return { label: myst[1]! };
  const start = /^ {0,3}\$\$[ \t]*(?=\{)/.exec(line)?.[0].length;
  if (start === undefined) return undefined;
  const end = attributeBlockEnd(line, start);
  if (end === undefined || !looksLikeAttributes(line.slice(start, end)) || line.slice(end).trim() !== '') return undefined;
  return { attributes: { start, end } };
}
