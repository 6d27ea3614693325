import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Nodes, Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { parsePandoc } from '../helpers/pandoc-syntax.ts';

const folder = new URL('../../content/lectures/', import.meta.url);
const lectures = readdirSync(folder).filter((name) => name.endsWith('.md'));
const withDirective = unified().use(remarkParse).use(remarkGfm).use(remarkMath).use(remarkDirective);

/** Every block directive with its name, attributes and lines (the text directives remark-directive makes of prose aside). */
function directives(tree: Nodes) {
  const found: string[] = [];
  visit(tree, (node) => {
    if (node.type !== 'containerDirective' && node.type !== 'leafDirective') return;
    found.push(`${node.type} ${node.name} ${JSON.stringify(node.attributes)} ${node.position?.start.line}-${node.position?.end.line}`);
  });
  return found;
}

describe('the lectures as written today read the same with the Pandoc syntax layer', () => {
  it('has lectures to compare', () => assert.ok(lectures.length > 0));

  for (const name of lectures) {
    it(name, async () => {
      const markdown = readFileSync(new URL(name, folder), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
      const { tree, messages } = await parsePandoc(markdown);
      assert.deepEqual(messages, []);
      assert.deepEqual(directives(tree), directives(withDirective.parse(markdown) as Root));
    });
  }
});
