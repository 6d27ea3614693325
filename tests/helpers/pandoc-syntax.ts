import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import remarkPandocSyntax from '../../src/markdown/pandoc/index.ts';

/** The pipeline the lead wires: GFM and math, then the Pandoc syntax layer. */
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkMath).use(remarkPandocSyntax);

/** Parse and run the syntax layer on Markdown; the tree and what was reported, as `line:column rule-id`. */
export async function parsePandoc(markdown: string): Promise<{ tree: Root; messages: string[]; file: VFile }> {
  const file = new VFile({ value: markdown });
  const tree = (await processor.run(processor.parse(file), file)) as Root;
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
