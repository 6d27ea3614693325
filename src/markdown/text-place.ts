import type { Text } from 'mdast';

/** The file position of the character at `index` in a text node, for messages (undefined when the node has none). */
export function textPlace(node: Text, index: number): { line: number; column: number } | undefined {
  const start = node.position?.start;
  if (!start) return undefined;
  const before = node.value.slice(0, index).split('\n');
  const line = start.line + before.length - 1;
  const column = before.length > 1 ? before.at(-1)!.length + 1 : start.column + index;
  return { line, column };
}
