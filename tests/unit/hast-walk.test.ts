import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { cloneTree } from '../../src/markdown/hast-tree.ts';
import { walkElements, type ElementVisitor } from '../../src/markdown/hast-walk.ts';

const HTML = '<section><h2>T <span class="katex">x<b>y</b></span></h2><p>a <img src="a.png"> b</p><div class="drop"><i>gone</i></div><ul><li>1</li><li>2</li></ul></section><p>last</p>';

/** A visitor that records what it meets and changes the tree as plugins do: skips, replaces, removes and goes on at an index. */
function recorder(seen: string[]): ElementVisitor {
  return (node, index, parent) => {
    seen.push(`${node.tagName}@${index}`);
    if (node.tagName === 'span') return 'skip';
    if (node.tagName === 'img') {
      parent.children[index] = { type: 'element', tagName: 'picture', properties: {}, children: [node] };
      return 'skip';
    }
    if ((node.properties.className as string[] | undefined)?.includes('drop')) {
      parent.children.splice(index, 1);
      return index;
    }
    if (node.tagName === 'ul') node.children.reverse();
    return undefined;
  };
}

describe('walkElements: unist-util-visit’s element walk, without its bookkeeping', () => {
  it('meets the same elements in the same order and leaves the same tree', () => {
    const [ours, theirs] = [fromHtml(HTML, { fragment: true }), fromHtml(HTML, { fragment: true })] as Root[];
    const [seenOurs, seenTheirs]: string[][] = [[], []];
    walkElements(ours, recorder(seenOurs));
    const visitor = recorder(seenTheirs);
    visit(theirs, 'element', (node, index, parent) => visitor(node, index!, parent!));
    assert.deepEqual(seenOurs, seenTheirs);
    assert.equal(toHtml(ours), toHtml(theirs));
    assert.ok(!seenOurs.includes('b@1'), 'nothing inside a skipped element');
  });
});

describe('cloneTree', () => {
  it('copies nodes, children and properties, so changing the copy leaves the original', () => {
    const tree = fromHtml(HTML, { fragment: true });
    const copy = cloneTree(tree);
    const section = copy.children[0] as Element;
    section.properties.ariaLabel = 'Slide';
    section.children.push({ type: 'text', value: 'more' });
    (section.children[0] as Element).tagName = 'h3';
    assert.equal(toHtml(tree), HTML);
    assert.notEqual(toHtml(copy), HTML);
  });
});
