/** One place in a row of a figure grid: its share of the row's width, in percent; a spacer stays empty. */
export interface LayoutSlot {
  width: number;
  spacer: boolean;
}

/** The rows of a figure grid, or why its layout attributes cannot be read. */
export type LayoutResult = { ok: true; rows: LayoutSlot[][] } | { ok: false; reason: string; fix: string };

const LAYOUT_FIX = 'write layout="[[1,1],[1]]": a list of rows, each a list of relative widths (a negative width is an empty space)';

/** A row of relative widths as percentages of the row. */
function rowOf(widths: number[]): LayoutSlot[] {
  const total = widths.reduce((sum, width) => sum + Math.abs(width), 0);
  return widths.map((width) => ({ width: Math.round((Math.abs(width) / total) * 10000) / 100, spacer: width < 0 }));
}

/** Rows of `columns` equal places, as many as `cells` need. */
function equalRows(columns: number, cells: number): LayoutSlot[][] {
  const rows: LayoutSlot[][] = [];
  for (let start = 0; start < cells; start += columns) rows.push(rowOf(Array.from({ length: columns }, () => 1)));
  return rows;
}

/** Quarto's `layout="[[1,1],[1]]"` (or one row, `[70,30]`). */
function explicitRows(text: string): number[][] | undefined {
  if (!/^[[\]\d.,\s-]+$/.test(text)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const rows = Array.isArray(value) && value.every((item) => typeof item === 'number') ? [value] : value;
  const valid = Array.isArray(rows) && rows.length > 0 && rows.every((row) =>
    Array.isArray(row) && row.length > 0 && row.every((width) => typeof width === 'number' && width !== 0) && row.some((width) => width > 0));
  return valid ? (rows as number[][]) : undefined;
}

/** A whole number of at least 1, or undefined. */
const count = (text: string) => (/^[1-9]\d*$/.test(text) ? Number(text) : undefined);

/**
 * The grid Quarto's layout attributes ask for, for `cells` items:
 * `layout-ncol=2` (rows of two), `layout-nrow=2` (two rows) or
 * `layout="[[1,1],[1]]"`. Undefined when none is given (the items stack).
 */
export function figureLayout(attributes: Record<string, string | null | undefined>, cells: number): LayoutResult | undefined {
  const { layout, 'layout-ncol': ncol, 'layout-nrow': nrow } = attributes;
  if (layout) {
    const rows = explicitRows(layout);
    if (!rows) return { ok: false, reason: `layout="${layout}" cannot be read`, fix: LAYOUT_FIX };
    const places = rows.flat().filter((width) => width > 0).length;
    if (places < cells) return { ok: false, reason: `layout="${layout}" has ${places} places for ${cells} items`, fix: 'give every item a place, or use layout-ncol' };
    return { ok: true, rows: rows.map(rowOf) };
  }
  for (const [key, value] of [['layout-ncol', ncol], ['layout-nrow', nrow]] as const) {
    if (!value) continue;
    const number = count(value);
    if (!number) return { ok: false, reason: `${key}=${value} is not a whole number`, fix: `write ${key}=2` };
    return { ok: true, rows: equalRows(key === 'layout-ncol' ? number : Math.ceil(cells / number), cells) };
  }
  return undefined;
}
