import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { visit } from 'unist-util-visit';
import { nodesOf, parsePandoc } from '../helpers/pandoc-syntax.ts';

const deck = readFileSync(new URL('../fixtures/pandoc/quarto-deck.qmd', import.meta.url), 'utf8');

describe('a deck in Quarto’s own spelling', () => {
  it('parses with no syntax left over in any text', async () => {
    const { tree, messages } = await parsePandoc(deck);
    assert.deepEqual(messages, []);
    const leftovers = nodesOf(tree, 'text').filter((text) => [':::', '{.', '{#', '{{<', '^['].some((mark) => text.value.includes(mark)));
    assert.deepEqual(leftovers.map((text) => `${text.position?.start.line}: ${text.value}`), []);
  });

  it('gives every node a position', async () => {
    const { tree } = await parsePandoc(deck);
    const unplaced: string[] = [];
    visit(tree, (node) => {
      if (!node.position?.start.offset && node.position?.start.offset !== 0) unplaced.push(node.type);
    });
    assert.deepEqual(unplaced, []);
  });

  it('reads every construct it holds', async () => {
    const { tree } = await parsePandoc(deck);
    assert.deepEqual(nodesOf(tree, 'containerDirective').map((node) => node.name), [
      'incremental', 'columns', 'column', 'column', 'notes', 'callout-tip', 'callout-note',
      'fragment', 'fragment', 'fragment', 'r-fit-text', 'div', 'panel-tabset', 'footer',
    ]);
    assert.deepEqual(nodesOf(tree, 'textDirective').map((node) => [node.name, node.attributes]), [
      ['fragment', { class: 'highlight-red', 'fragment-index': '2' }],
    ]);
    const headings = nodesOf(tree, 'heading').filter((node) => node.data?.attributes);
    assert.deepEqual(headings.map((node) => node.position?.start.line), [1, 10, 28, 69, 99, 121, 124]);
    assert.equal(nodesOf(tree, 'image').filter((node) => node.data?.attributes).length, 5);
    assert.equal(nodesOf(tree, 'footnoteDefinition').length, 2);
    assert.deepEqual(nodesOf(tree, 'shortcode').map((node) => node.name), ['video', 'var']);
    assert.deepEqual(nodesOf(tree, 'math').map((node) => node.data?.attributes?.id), ['eq-mass-energy']);
    const cells = nodesOf(tree, 'code').filter((node) => node.data?.executable);
    assert.deepEqual(cells.map((node) => [node.lang, node.data?.cellOptions]), [
      ['python', { echo: true, 'fig-cap': 'A line plot on a polar axis', 'code-line-numbers': '|2' }],
      ['mermaid', { 'fig-width': 6 }],
    ]);
    const [caption] = nodesOf(tree, 'paragraph').filter((node) => node.data?.attributes);
    assert.equal(caption?.data?.attributes?.id, 'tbl-pipes');
  });
});

describe('notes in Jupyter Book’s MyST spelling', () => {
  const notes = readFileSync(new URL('../fixtures/pandoc/myst-notes.md', import.meta.url), 'utf8');

  it('parses with no directive, role or target left in any text, every node placed', async () => {
    const { tree, messages } = await parsePandoc(notes);
    assert.deepEqual(messages, []);
    const leftovers = nodesOf(tree, 'text').filter((text) => /\{\w+\}|\)=|\$\$|:::/.test(text.value));
    assert.deepEqual(leftovers.map((text) => `${text.position?.start.line}: ${text.value}`), []);
    const unplaced: string[] = [];
    visit(tree, (node) => {
      if (node.position?.start.offset === undefined) unplaced.push(node.type);
    });
    assert.deepEqual(unplaced, []);
  });

  it('reads every construct it holds', async () => {
    const { tree } = await parsePandoc(notes);
    assert.deepEqual(nodesOf(tree, 'heading')[0]?.data?.attributes?.id, 'sec-regression');
    assert.deepEqual(nodesOf(tree, 'role').map((node) => `${node.name}:${node.value}`), [
      'eq:eq-loss', 'numref:fig-fit', 'doc:02-ml-basics', 'cite:bishop2006', 'ref:sec-regression', 'eq:eq-normal',
    ]);
    assert.deepEqual(nodesOf(tree, 'math').map((node) => node.data?.attributes?.id), ['eq-loss', 'eq-normal']);
    assert.deepEqual(nodesOf(tree, 'containerDirective').map((node) => [node.name, node.attributes]), [
      ['admonition', { class: 'tip' }],
      ['warning', {}],
      ['note', { class: 'dropdown' }],
    ]);
    assert.deepEqual(nodesOf(tree, 'code').map((node) => [node.lang, node.data?.mystDirective]), [
      ['{figure}', 'figure'],
      ['python', undefined],
    ]);
  });
});
