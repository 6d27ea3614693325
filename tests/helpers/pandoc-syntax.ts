import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { readMarkdown } from '../../src/compile/parse-lecture.ts';

/** Read Markdown with the lecture syntax, as every lecture is; the tree and what was reported, as `line:column rule-id`. */
export function parsePandoc(markdown: string): { tree: Root; messages: string[]; file: VFile } {
  const file = new VFile({ value: markdown });
  const tree = readMarkdown(file);
  return { tree, file, messages: file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`) };
}

/** Lines joined with newlines, for inputs written as a list of lines. */
export const md = (...lines: string[]) => lines.join('\n');

/** Every node of a type, in document order. */
export function nodesOf<T extends Nodes['type']>(tree: Nodes, type: T): Extract<Nodes, { type: T }>[] {
  const found: Extract<Nodes, { type: T }>[] = [];
  visit(tree, type, (node) => {
    found.push(node as Extract<Nodes, { type: T }>);
  });
  return found;
}

/** The 1-based first and last line of a node. */
export const lines = (node: Nodes) => [node.position?.start.line, node.position?.end.line];
