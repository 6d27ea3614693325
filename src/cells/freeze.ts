import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Diagnostic } from '../model/diagnostic.ts';
import type { CellOptions } from './cell-options.ts';
import { isJsonSyntaxProblem, parseJsonText } from './json-text.ts';
import { cellOutputSchema, toStoredOutput, type CellOutput } from './outputs.ts';

/**
 * Frozen outputs, like Quarto's `_freeze`: one JSON file per lecture, one entry per code cell in order.
 * A cell's key hashes its code and options and every cell before it, so editing cell 3 makes cells
 * 3..n stale while 1..2 keep theirs. This module is pure; freeze-file.ts reads and writes the files.
 */

/** The freeze file format this code writes; a file of another version is an error, not a guess. */
const FREEZE_VERSION = 1;

/** Hex characters of a cell key: 64 bits, no collision among a lecture's cells. */
const KEY_LENGTH = 16;

/** One cell's frozen outputs, under the key of the code that made them. */
export interface FrozenCell {
  key: string;
  outputs: CellOutput[];
}

/** A lecture's frozen outputs, in cell order. */
export interface Freeze {
  cells: FrozenCell[];
}

/** What a cell's key is made of (the lecture's line numbers are not: moving a cell keeps its outputs). */
export interface KeyedCell {
  code: string;
  options: CellOptions;
}

const freezeSchema = z.strictObject({
  version: z.literal(FREEZE_VERSION),
  cells: z.array(
    z.strictObject({
      key: z.string().regex(new RegExp(`^[0-9a-f]{${KEY_LENGTH}}$`), 'a key is 16 hexadecimal digits'),
      outputs: z.array(cellOutputSchema),
    }),
  ),
});

/** JSON with every object's keys sorted, so the same content always gives the same text. */
function stableStringify(value: unknown, indent?: number): string {
  return JSON.stringify(
    value,
    (_key, item: unknown) =>
      item && typeof item === 'object' && !Array.isArray(item)
        ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : item,
    indent,
  );
}

/**
 * The key of each cell: a hash of its code, its options and the key of the cell before it. Trailing
 * blank lines are not part of the code (a Markdown fence and a notebook cell differ there).
 */
export function cellKeys(cells: readonly KeyedCell[]): string[] {
  let previous = '';
  return cells.map((cell) => {
    previous = createHash('sha256')
      .update(stableStringify([previous, cell.code.replace(/\n+$/, ''), cell.options]))
      .digest('hex')
      .slice(0, KEY_LENGTH);
    return previous;
  });
}

/** The outputs frozen under `key`, or undefined when that code has not been run. */
export function frozenOutputs(freeze: Freeze | undefined, key: string): CellOutput[] | undefined {
  return freeze?.cells.find((cell) => cell.key === key)?.outputs;
}

/** Cells whose code changed: the freeze has an entry at their position, under another key. */
export function staleCells(freeze: Freeze | undefined, keys: readonly string[]): number[] {
  return keys.flatMap((key, index) => {
    const frozen = freeze?.cells[index];
    return frozen && frozen.key !== key ? [index] : [];
  });
}

/** A freeze file's text: pretty-printed, keys sorted, multi-line text split into lines as nbformat does. */
export function serializeFreeze(freeze: Freeze): string {
  const cells = freeze.cells.map((cell) => ({ key: cell.key, outputs: cell.outputs.map(toStoredOutput) }));
  return `${stableStringify({ version: FREEZE_VERSION, cells }, 2)}\n`;
}

/** Read a freeze file's text; a broken file (e.g. edited by hand) is a diagnostic at its line. */
export function parseFreeze(text: string, path: string): { freeze: Freeze } | { diagnostic: Diagnostic } {
  const problem = (line: number, column: number, reason: string): { diagnostic: Diagnostic } => ({
    diagnostic: {
      path,
      line,
      column,
      severity: 'error',
      ruleId: 'freeze-invalid',
      reason: `The freeze file is broken: ${reason}`,
      fix: 'undo the edit, or delete the file to run every cell of the lecture again',
    },
  });
  const json = parseJsonText(text);
  if (isJsonSyntaxProblem(json)) return problem(json.line, json.column, `not valid JSON (${json.reason})`);
  const parsed = freezeSchema.safeParse(json.value);
  if (parsed.success) return { freeze: { cells: parsed.data.cells } };
  const issue = parsed.error.issues[0];
  const where = (issue?.path ?? []).filter((part) => typeof part !== 'symbol');
  const at = json.positionOf(where);
  return problem(at.line, at.column, `${where.join('.') || 'the file'}: ${issue?.message ?? 'not a freeze file'}`);
}
