import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Paragraph, PhrasingContent, Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import remarkSmartypants from 'remark-smartypants';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import { unified } from 'unified';
import { VFile } from 'vfile';
import remarkPandocSyntax from '../../src/markdown/pandoc/index.ts';
import { lines, md, nodesOf, parsePandoc } from '../helpers/pandoc-syntax.ts';

/** The children of the first paragraph, each as `type` or `type:text`. */
async function inlines(markdown: string) {
  const { tree, messages } = await parsePandoc(markdown);
  const paragraph = tree.children[0] as Paragraph;
  return { messages, children: paragraph.children, shape: paragraph.children.map((node: PhrasingContent) => `${node.type}:${toString(node)}`) };
}

describe('bracketed spans', () => {
  const cases: [string, string[], unknown][] = [
    ['[text *em*]{.fragment fragment-index=2} after', ['textDirective:text em', 'text: after'], { name: 'fragment', attributes: { 'fragment-index': '2' } }],
    ['[a]{#s .x .y key="v w"}', ['textDirective:a'], { name: 'x', attributes: { id: 's', class: 'y', key: 'v w' } }],
    ['[plain]{}', ['textDirective:plain'], { name: 'span', attributes: {} }],
    ['[a [b]{.in} c]{.out}', ['textDirective:a b c'], { name: 'out', attributes: {} }],
  ];
  for (const [markdown, shape, directive] of cases) {
    it(markdown, async () => {
      const read = await inlines(markdown);
      assert.deepEqual(read.shape, shape);
      const [span] = read.children;
      assert.deepEqual(span?.type === 'textDirective' && { name: span.name, attributes: span.attributes }, directive);
      assert.deepEqual(read.messages, []);
    });
  }

  it('nests spans and keeps their positions', async () => {
    const { tree } = await parsePandoc('x [a [b]{.in} c]{.out}');
    const [outer, inner] = nodesOf(tree, 'textDirective');
    assert.deepEqual([outer!.position?.start.column, outer!.position?.end.column], [3, 23]);
    assert.deepEqual([inner!.name, inner!.position?.start.column, inner!.position?.end.column], ['in', 6, 14]);
  });

  it('leaves brackets without attributes as they were: text, links, references, escapes', async () => {
    const read = await inlines(md('[plain] [c]{#1} [l](u) [ref] \\[x]{.y} [0, 1]{x}', '', '[ref]: /r'));
    assert.deepEqual(read.shape, ['text:[plain] [c]{#1} ', 'link:l', 'text: ', 'linkReference:ref', 'text: [x]{.y} [0, 1]{x}']);
  });
});

describe('attributes after links, images, code and math, and at the end of headings', () => {
  it('gives an element the {…} written right after it', async () => {
    const read = await inlines('![a](f.png){width=50% .r-stretch} [l](u){target="_blank"} `x`{.python} $y${#e} [l](u) {.not}');
    const attributes = read.children.map((node) => ('data' in node && node.data && 'attributes' in node.data ? node.data.attributes : undefined));
    assert.deepEqual(read.shape, ['image:a', 'text: ', 'link:l', 'text: ', 'inlineCode:x', 'text: ', 'inlineMath:y', 'text: ', 'link:l', 'text: {.not}']);
    assert.deepEqual(attributes.filter(Boolean), [
      { classes: ['r-stretch'], values: { width: '50%' } },
      { classes: [], values: { target: '_blank' } },
      { classes: ['python'], values: {} },
      { id: 'e', classes: [], values: {} },
    ]);
  });

  const headings: [string, string, unknown][] = [
    ['## Title {#id .smaller background-color="#123"}', 'Title', { id: 'id', classes: ['smaller'], values: { 'background-color': '#123' } }],
    ['## T{#t}', 'T', { id: 't', classes: [], values: {} }],
    ['## {auto-animate=true}', '', { classes: [], values: { 'auto-animate': 'true' } }],
    ['## Closing hashes {.x} ##', 'Closing hashes', { classes: ['x'], values: {} }],
    ['Setext {#st}\n===', 'Setext', { id: 'st', classes: [], values: {} }],
    ['## A {#x} b', 'A {#x} b', undefined],
    ['## The set {1, 2}', 'The set {1, 2}', undefined],
  ];
  for (const [markdown, text, attributes] of headings) {
    it(JSON.stringify(markdown), async () => {
      const { tree, messages } = await parsePandoc(markdown);
      const [heading] = nodesOf(tree, 'heading');
      assert.deepEqual([toString(heading!), heading!.data?.attributes], [text, attributes]);
      assert.deepEqual(messages, []);
    });
  }

  it('ends the heading text where the attributes began', async () => {
    const { tree } = await parsePandoc('## Title   {#id}');
    const [text] = nodesOf(tree, 'text');
    assert.deepEqual([text!.value, text!.position?.end.column, text!.position?.end.offset], ['Title', 9, 8]);
  });

  it('reads a Pandoc table caption’s attributes, and leaves other paragraphs’ braces as text', async () => {
    const { tree } = await parsePandoc(md('| a |', '|---|', '| 1 |', '', ': Letters {#tbl-letters}', '', 'Prose ends {.x}'));
    const [caption, prose] = nodesOf(tree, 'paragraph');
    assert.deepEqual([toString(caption!), caption!.data?.attributes], [': Letters', { id: 'tbl-letters', classes: [], values: {} }]);
    assert.deepEqual([toString(prose!), prose!.data?.attributes], ['Prose ends {.x}', undefined]);
  });

  it('reads a MyST target line as the id of the heading below it', async () => {
    const { tree } = await parsePandoc(md('(my-target)=', '# Heading', '', '(lonely)=', '', 'text'));
    const [heading] = nodesOf(tree, 'heading');
    assert.deepEqual(heading!.data?.attributes, { id: 'my-target', classes: [], values: {} });
    assert.deepEqual(tree.children.map((node) => `${node.type}:${toString(node)}`), ['heading:Heading', 'paragraph:(lonely)=', 'paragraph:text']);
  });
});

describe('inline notes', () => {
  it('become GFM footnotes with ids no author label takes, defined after the citing block', async () => {
    const { tree } = await parsePandoc(md('a^[note *em* [l](u)] b^[two] [^inline-note-1]', '', 'c', '', '[^inline-note-1]: mine'));
    const references = nodesOf(tree, 'footnoteReference').map((node) => node.identifier);
    assert.deepEqual(references, ['inline-note-2', 'inline-note-3', 'inline-note-1']);
    assert.deepEqual(tree.children.map((node) => node.type === 'footnoteDefinition' ? `def:${node.identifier}:${toString(node)}` : node.type), [
      'paragraph',
      'def:inline-note-2:note em l',
      'def:inline-note-3:two',
      'paragraph',
      'def:inline-note-1:mine',
    ]);
    const [first] = nodesOf(tree, 'footnoteDefinition');
    assert.deepEqual([first!.position?.start.column, first!.children[0]!.position?.start.column], [2, 4]);
  });

  it('render like [^1] notes through remark-rehype', async () => {
    const { tree } = await parsePandoc('Claim^[A *source*.] and more.');
    const html = toHtml(toHast(tree));
    assert.match(html, /<sup><a href="#user-content-fn-inline-note-1" id="user-content-fnref-inline-note-1" data-footnote-ref/);
    assert.match(html, /<section data-footnotes class="footnotes">.*<li id="user-content-fn-inline-note-1">\s*<p>A <em>source<\/em>\./s);
  });
});

describe('MyST roles and Quarto shortcodes', () => {
  it('reads roles as role nodes', async () => {
    const read = await inlines('See {eq}`eq-mc`, {numref}`` fig`x ``, {cite:p}`key` and {python} `x`.');
    assert.deepEqual(
      read.children.filter((node) => node.type === 'role').map((node) => node.type === 'role' && [node.name, node.value]),
      [['eq', 'eq-mc'], ['numref', 'fig`x'], ['cite:p', 'key']],
    );
    assert.deepEqual(read.shape.slice(-3), ['text: and {python} ', 'inlineCode:x', 'text:.']);
  });

  it('reads shortcodes with their arguments, and the escaped form as literal text', async () => {
    const read = await inlines('A {{< video https://x.org/a_b*c*.mp4 "quoted arg" title="What is *it*?" >}} and {{{< pagebreak >}}}.');
    const [, shortcode] = read.children;
    assert.deepEqual(shortcode?.type === 'shortcode' && [shortcode.name, shortcode.args, shortcode.kwargs], [
      'video',
      ['https://x.org/a_b*c*.mp4', 'quoted arg'],
      { title: 'What is *it*?' },
    ]);
    assert.deepEqual(read.shape.at(-1), 'text: and {{< pagebreak >}}.');
    assert.deepEqual(lines(shortcode!), [1, 1]);
  });

  it('makes a shortcode alone on its line the only child of its paragraph', async () => {
    const { tree } = await parsePandoc(md('page 1', '', '{{< pagebreak >}}', '', 'page 2'));
    assert.deepEqual((tree.children[1] as Paragraph).children.map((node) => node.type), ['shortcode']);
  });
});

describe('quotes inside braces stay straight under smartypants', () => {
  it('in Astro’s order (smartypants before this plugin’s transformer) and after it', async () => {
    const markdown = md('## "Title" {data-x="a b"}', '', '[say "hi"]{key="v"} ![i](f.png){alt="x"}');
    for (const order of ['smartypants first', 'smartypants last']) {
      const processor = unified().use(remarkParse).use(remarkGfm);
      if (order === 'smartypants first') processor.use(remarkSmartypants).use(remarkMath).use(remarkPandocSyntax);
      else processor.use(remarkMath).use(remarkPandocSyntax).use(remarkSmartypants);
      const file = new VFile(markdown);
      const tree = (await processor.run(processor.parse(file), file)) as Root;
      const [heading] = nodesOf(tree, 'heading');
      const [span] = nodesOf(tree, 'textDirective');
      const [image] = nodesOf(tree, 'image');
      assert.equal(toString(heading!), '“Title”', order);
      assert.deepEqual(heading!.data?.attributes?.values, { 'data-x': 'a b' }, order);
      assert.deepEqual([toString(span!), span!.attributes], ['say “hi”', { key: 'v' }], order);
      assert.deepEqual(image!.data?.attributes?.values, { alt: 'x' }, order);
    }
  });
});
