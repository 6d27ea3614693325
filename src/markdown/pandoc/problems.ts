import type { Root } from 'mdast';
import type { Point } from 'unist';
import type { DiagnosticInput } from '../diagnostics.ts';
import { ATTRIBUTE_SYNTAX_FIX, parseAttributes } from './attributes.ts';
import type { Attributes } from './types.ts';

/** Problems met while parsing, per tree, until the plugin's transformer reports them with the file. */
const pending = new WeakMap<Root, DiagnosticInput[]>();

/** Keep a problem found while parsing `tree` (the parser has no file to report to). */
export function recordProblem(tree: Root, problem: DiagnosticInput): void {
  const list = pending.get(tree) ?? [];
  list.push(problem);
  pending.set(tree, list);
}

/** The problems recorded for `tree`, once (they are forgotten as they are handed out). */
export function takeProblems(tree: Root): DiagnosticInput[] {
  const list = pending.get(tree) ?? [];
  pending.delete(tree);
  return list;
}

/** The point `index` characters further along the same line. */
export function pointAlong(start: Point, index: number): Point {
  return {
    line: start.line,
    column: start.column + index,
    ...(start.offset === undefined ? {} : { offset: start.offset + index }),
  };
}

/**
 * Read attributes written at `start` in the source; a malformed block is
 * recorded as an `attribute-syntax` problem at the column where it breaks,
 * and gives undefined.
 */
export function readAttributesAt(tree: Root, text: string, start: Point): Attributes | undefined {
  const result = parseAttributes(text);
  if (result.ok) return result.attributes;
  recordProblem(tree, {
    ruleId: 'attribute-syntax',
    reason: `Cannot read the attributes ${text}: ${result.reason}`,
    fix: ATTRIBUTE_SYNTAX_FIX,
    place: pointAlong(start, result.column - 1),
  });
  return undefined;
}
