import { DECORATIONS } from './directive-names.ts';

/** A length Quarto's `.absolute` accepts: a number (pixels of the 1920×1080 slide) or a number with a CSS unit. */
const LENGTH = /^-?\d+(?:\.\d+)?(?:px|%|em|rem|vw|vh)?$/;

/**
 * Quarto's `.absolute top=… left=… width=…` (on a block, a span or an image)
 * as CSS declarations: each length checked, so nothing else reaches the
 * style; `badLength` hears of each value that is not one.
 */
export function absoluteDeclarations(values: Readonly<Record<string, string | null | undefined>>, badLength: (side: string, value: string) => void): string {
  const declarations = ['position: absolute'];
  for (const side of DECORATIONS.absolute) {
    const value = values[side];
    if (value === undefined || value === null) continue;
    if (!LENGTH.test(value)) {
      badLength(side, value);
      continue;
    }
    declarations.push(`${side}: ${/\d$/.test(value) ? `${value}px` : value}`);
  }
  return declarations.join('; ');
}
