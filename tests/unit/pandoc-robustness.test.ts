import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { visit } from 'unist-util-visit';
import { parsePandoc } from '../helpers/pandoc-syntax.ts';

/** Pieces of syntax to glue at random: fences, braces, brackets, quotes, containers, tabs, CRLF, astral characters. */
const PIECES = [
  ':::', '::', ':', ' ', '\t', '\n', '\n\n', '{', '}', '[', ']', '^[', '.x', '#i', 'k="v w"', "'", '"', '=', '`', '```', '~~~',
  '$$', '$', '{note}', '{python}', '#| a: 1', '#| [', '> ', '- ', '  ', '{{<', '>}}', '{{{<', '>}}}', '(l)=', '# ', 'a', '*',
  '\\', '{eq}`x`', ':class: t', '(eq)', '-', '|', '\r\n', 'é', '😀',
];

describe('robustness: any input parses, and every node is placed', () => {
  it('holds for 1500 random mixes of syntax pieces (fixed seed)', async () => {
    let seed = 42;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let round = 0; round < 1500; round++) {
      let markdown = '';
      for (let piece = 1 + random(40); piece > 0; piece--) markdown += PIECES[random(PIECES.length)];
      const { tree } = await parsePandoc(markdown);
      visit(tree, (node) => {
        const { start, end } = node.position ?? {};
        assert.ok(start?.offset !== undefined && end?.offset !== undefined && end.offset >= start.offset, `${node.type} unplaced in ${JSON.stringify(markdown)}`);
      });
    }
  });
});
