import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Nodes } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { lines, md, nodesOf, parsePandoc } from '../helpers/pandoc-syntax.ts';

/** A container directive as `name{attributes}[first line, last line](children types)`. */
function outline(node: Nodes): unknown {
  if (node.type !== 'containerDirective') return node.type;
  return { name: node.name, attributes: node.attributes, lines: lines(node), children: node.children.map(outline) };
}

describe('fenced divs: both spellings, Pandoc nesting', () => {
  const cases: [string, string, unknown[]][] = [
    ['our directive form with label', md(':::note[Mind]{#n .big k=v}', 'body', ':::'), [
      { name: 'note', attributes: { id: 'n', class: 'big', k: 'v' }, lines: [1, 3], children: ['paragraph', 'paragraph'] },
    ]],
    ['Pandoc braces: first class is the name', md('::: {.callout-tip #c .wide appearance="simple"}', 'body', ':::'), [
      { name: 'callout-tip', attributes: { id: 'c', class: 'wide', appearance: 'simple' }, lines: [1, 3], children: ['paragraph'] },
    ]],
    ['Pandoc bare word', md('::: notes', 'said', ':::'), [{ name: 'notes', attributes: {}, lines: [1, 3], children: ['paragraph'] }]],
    ['no class at all is a div', md('::: {#box style="color: red"}', ':::'), [
      { name: 'div', attributes: { id: 'box', style: 'color: red' }, lines: [1, 2], children: [] },
    ]],
    ['equal colon counts nest', md('::: {.fragment .fade-in}', '::: {.fragment .highlight-red}', 'x', ':::', ':::'), [
      { name: 'fragment', attributes: { class: 'fade-in' }, lines: [1, 5], children: [
        { name: 'fragment', attributes: { class: 'highlight-red' }, lines: [2, 4], children: ['paragraph'] },
      ] },
    ]],
    ['a bare fence closes the innermost div, whatever its length', md('::: a', ':::: b', 'x', ':::', 'y', '::::::'), [
      { name: 'a', attributes: {}, lines: [1, 6], children: [{ name: 'b', attributes: {}, lines: [2, 4], children: ['paragraph'] }, 'paragraph'] },
    ]],
    ['columns as lectures write them', md('::::columns', ':::column{width=40%}', 'a', ':::', ':::column', 'b', ':::', '::::'), [
      { name: 'columns', attributes: {}, lines: [1, 8], children: [
        { name: 'column', attributes: { width: '40%' }, lines: [2, 4], children: ['paragraph'] },
        { name: 'column', attributes: {}, lines: [5, 7], children: ['paragraph'] },
      ] },
    ]],
    ['a ::: inside code is code', md('::: a', '```', ':::', '```', ':::'), [{ name: 'a', attributes: {}, lines: [1, 5], children: ['code'] }]],
    ['a fence interrupts a paragraph', md('text', '::: notes', 'x', ':::'), ['paragraph', { name: 'notes', attributes: {}, lines: [2, 4], children: ['paragraph'] }]],
    ['siblings', md('::: a', ':::', '::: b', ':::'), [
      { name: 'a', attributes: {}, lines: [1, 2], children: [] },
      { name: 'b', attributes: {}, lines: [3, 4], children: [] },
    ]],
    ['MyST colon fence with options', md(':::{note}', ':class: dropdown', 'x', ':::'), [
      { name: 'note', attributes: { class: 'dropdown' }, lines: [1, 4], children: ['paragraph'] },
    ]],
    ['prose that starts with colons', md('::: a b', 'x'), ['paragraph']],
  ];
  for (const [title, markdown, expected] of cases) {
    it(title, async () => {
      const { tree, messages } = await parsePandoc(markdown);
      assert.deepEqual(tree.children.map(outline), expected);
      assert.deepEqual(messages, []);
    });
  }

  it('keeps the body a Markdown document with its own line numbers, inside lists and quotes', async () => {
    const { tree } = await parsePandoc(md('> ::: {.a}', '> x *y*', '> :::', '', '- item', '', '  ::: b', '  - in list', '  :::'));
    const [quoted, listed] = nodesOf(tree, 'containerDirective');
    assert.deepEqual([quoted!.name, lines(quoted!), lines(quoted!.children[0]!)], ['a', [1, 3], [2, 2]]);
    assert.equal(quoted!.position?.start.column, 3);
    assert.deepEqual([listed!.name, lines(listed!), listed!.children[0]!.type], ['b', [7, 9], 'list']);
  });

  it('records how each div was fenced, and gives the label as a flagged first paragraph', async () => {
    const { tree } = await parsePandoc(md(':::note[A *b*]', 'x', ':::', '', ':::: {.y}', '::::', '', ':::{tip}', ':::'));
    const [note, y, tip] = nodesOf(tree, 'containerDirective');
    assert.deepEqual(note!.data?.fence, { colons: 3, form: 'directive', marker: ':' });
    assert.deepEqual(y!.data?.fence, { colons: 4, form: 'pandoc', marker: ':' });
    assert.deepEqual(tip!.data?.fence, { colons: 3, form: 'myst', marker: ':' });
    const label = note!.children[0]!;
    assert.equal(label.type === 'paragraph' && label.data?.directiveLabel, true);
    assert.equal(toString(label), 'A b');
    assert.deepEqual(lines(label), [1, 1]);
  });
});

describe('leaf directives and MyST code-fence directives', () => {
  it('reads ::name[label]{attrs} as a leaf directive; one colon stays text', async () => {
    const { tree } = await parsePandoc(md('::slide{.statement background=#123}', '', 'ratio:high and :name'));
    const [leaf] = nodesOf(tree, 'leafDirective');
    assert.deepEqual([leaf!.name, leaf!.attributes, lines(leaf!)], ['slide', { class: 'statement', background: '#123' }, [1, 1]]);
    assert.equal(nodesOf(tree, 'textDirective').length, 0);
    assert.equal(toString(tree.children[1]!), 'ratio:high and :name');
  });

  it('reads ```{admonition} Title with options as a container, nested by fence length', async () => {
    const { tree, messages } = await parsePandoc(
      md('````{admonition} Be *careful*', ':class: tip', ':name: adm', '', 'Body.', '', '```{warning}', 'Inner', '```', '', '```python', ':::', '```', '````'),
    );
    assert.deepEqual(messages, []);
    const [admonition, warning] = nodesOf(tree, 'containerDirective') as ContainerDirective[];
    assert.deepEqual(outline(admonition!), {
      name: 'admonition',
      attributes: { class: 'tip', id: 'adm' },
      lines: [1, 14],
      children: ['paragraph', 'paragraph', { name: 'warning', attributes: {}, lines: [7, 9], children: ['paragraph'] }, 'code'],
    });
    assert.deepEqual(admonition!.data?.fence, { colons: 4, form: 'myst', marker: '`' });
    assert.equal(toString(admonition!.children[0]!), 'Be careful');
    assert.deepEqual(lines(warning!.children[0]!), [8, 8]);
  });

  it('leaves unknown braced names and plain fences to the code reader', async () => {
    const { tree } = await parsePandoc(md('```{figure} a.png', ':name: f', '```', '', '```python', 'x', '```'));
    assert.deepEqual(tree.children.map((node) => node.type), ['code', 'code']);
  });
});

describe('display math with attributes', () => {
  it('reads $$ … $$ {#eq-x} as one math node with the id, leaving the rest of the file alone', async () => {
    const { tree, messages } = await parsePandoc(md('$$', 'E = mc^2', '', 'x', '$$ {#eq-mc .big}', '', 'after'));
    assert.deepEqual(messages, []);
    const [math, after] = tree.children;
    assert.equal(math?.type, 'math');
    if (math?.type !== 'math') return;
    assert.equal(math.value, 'E = mc^2\n\nx');
    assert.deepEqual(math.data?.attributes, { id: 'eq-mc', classes: ['big'], values: {} });
    assert.deepEqual(lines(math), [1, 5]);
    assert.deepEqual([after?.type, toString(after!)], ['paragraph', 'after']);
  });

  it('reads MyST’s $$ … $$ (label) the same way', async () => {
    const { tree, messages } = await parsePandoc(md('$$', 'w_{t+1} = r s', '$$ (my_label)', '', 'after'));
    const [math] = nodesOf(tree, 'math');
    assert.deepEqual([math!.value, math!.data?.attributes, lines(math!), messages], ['w_{t+1} = r s', { id: 'my_label', classes: [], values: {} }, [1, 3], []]);
  });

  it('builds the same math node remark-math builds, so KaTeX renders it alike', async () => {
    const { tree } = await parsePandoc(md('$$', 'a^2', '$$ {#eq-a}', '', '$$', 'a^2', '$$'));
    const [ours, theirs] = nodesOf(tree, 'math');
    const { attributes, ...data } = ours!.data ?? {};
    assert.deepEqual(attributes, { id: 'eq-a', classes: [], values: {} });
    assert.deepEqual([ours!.value, ours!.meta, data], [theirs!.value, theirs!.meta, theirs!.data]);
  });
});
