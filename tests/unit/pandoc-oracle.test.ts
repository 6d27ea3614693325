import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { before, describe, it } from 'node:test';
import type { FootnoteDefinition, Nodes, Root } from 'mdast';
import { md, parsePandoc } from '../helpers/pandoc-syntax.ts';

/**
 * The structure both parsers must agree on: divs, spans, headers, code,
 * images, links and notes, with their attributes and nesting (text aside).
 */
interface Element {
  kind: string;
  id: string;
  classes: string[];
  kvs: [string, string][];
  children: Element[];
}

type PandocAttr = [string, string[], [string, string][]];
const element = (kind: string, [id, classes, kvs]: PandocAttr, children: Element[] = []): Element => ({ kind, id, classes, kvs, children });

/** Pandoc's JSON AST reduced to the elements. */
function fromPandoc(value: unknown): Element[] {
  if (Array.isArray(value)) return value.flatMap(fromPandoc);
  if (!value || typeof value !== 'object' || !('t' in value)) return [];
  const { t, c } = value as { t: string; c: unknown[] };
  switch (t) {
    case 'Div':
      return [element('div', c[0] as PandocAttr, fromPandoc(c[1]))];
    case 'Span':
      return [element('span', c[0] as PandocAttr, fromPandoc(c[1]))];
    case 'Header':
      return [element('header', c[1] as PandocAttr, fromPandoc(c[2]))];
    case 'CodeBlock':
      return [element('codeblock', c[0] as PandocAttr)];
    case 'Code':
      return [element('code', c[0] as PandocAttr)];
    case 'Image':
    case 'Link':
      return [element(t.toLowerCase(), c[0] as PandocAttr, fromPandoc(c[1]))];
    case 'Note':
      return [element('note', ['', [], []], fromPandoc(c))];
    default:
      return fromPandoc(c);
  }
}

/** A directive's record back as Pandoc's attribute triple (the name is the first class; `div`/`span` mean none). */
function directiveAttr(name: string, generic: string, attributes: Record<string, string | null | undefined> | null | undefined): PandocAttr {
  const { id, class: classes, ...rest } = attributes ?? {};
  const named = name === generic ? [] : [name];
  return [id ?? '', [...named, ...(classes?.split(' ') ?? [])], Object.entries(rest) as [string, string][]];
}

const pandocAttr = (attributes: { id?: string; classes: string[]; values: Record<string, string> } | undefined, first: string[] = []): PandocAttr => [
  attributes?.id ?? '',
  [...first, ...(attributes?.classes ?? [])],
  Object.entries(attributes?.values ?? {}),
];

/** Our mdast reduced to the same elements. */
function fromMdast(node: Nodes, notes: Map<string, FootnoteDefinition>): Element[] {
  const children = () => ('children' in node ? node.children.flatMap((child) => fromMdast(child, notes)) : []);
  switch (node.type) {
    case 'containerDirective':
      return [element('div', directiveAttr(node.name, 'div', node.attributes), children())];
    case 'textDirective':
      return [element('span', directiveAttr(node.name, 'span', node.attributes), children())];
    case 'heading':
      return [element('header', pandocAttr(node.data?.attributes), children())];
    case 'code':
      return [element('codeblock', pandocAttr(node.data?.attributes, node.lang ? [node.lang] : []))];
    case 'inlineCode':
      return [element('code', pandocAttr(node.data?.attributes))];
    case 'image':
    case 'link':
      return [element(node.type, pandocAttr(node.data?.attributes), children())];
    case 'footnoteReference': {
      const definition = notes.get(node.identifier);
      return [element('note', ['', [], []], definition?.children.flatMap((child) => fromMdast(child, notes)) ?? [])];
    }
    default:
      return children();
  }
}

/** Our elements, each note's content read where it is cited (as Pandoc has it). */
function ours(tree: Root): Element[] {
  const notes = new Map<string, FootnoteDefinition>();
  for (const child of tree.children) if (child.type === 'footnoteDefinition') notes.set(child.identifier, child);
  return fromMdast({ ...tree, children: tree.children.filter((child) => child.type !== 'footnoteDefinition') }, notes);
}

const run = promisify(execFile);
async function pandoc(markdown: string): Promise<Element[]> {
  const child = run('pandoc', ['-f', 'markdown-auto_identifiers', '-t', 'json']);
  child.child.stdin!.end(markdown);
  const { stdout } = await child;
  return fromPandoc((JSON.parse(stdout) as { blocks: unknown }).blocks);
}

/** Inputs on which our syntax layer must read the same structure as Pandoc (2.17 here, 3.x in Quarto). */
const CASES: [string, string][] = [
  ['bare word div', md('::: a', 'x', ':::')],
  ['braced div', md('::: {.notes}', 'x', ':::')],
  ['braces without a space', md(':::{.notes}', 'x', ':::')],
  ['div attributes', md('::: {#id .a .b key=v k2="a b"}', 'x', ':::')],
  ['no space after colons, bare word', md(':::a', 'x', ':::')],
  ['trailing colons on the opening fence', md('::: a :::', 'x', ':::')],
  ['nested, equal colon counts', md('::: a', '::: b', 'x', ':::', ':::')],
  ['nested, outer longer', md(':::: a', '::: b', 'x', ':::', '::::')],
  ['nested, inner longer', md('::: a', ':::: b', 'x', '::::', 'y', ':::')],
  ['inner closed by a longer fence', md('::: a', '::: b', 'x', ':::::', 'y', ':::')],
  ['three deep', md('::: {.fragment .fade-in}', '::: {.fragment .highlight-red}', '::: {.fragment .semi-fade-out}', 'x', ':::', ':::', ':::')],
  ['siblings', md('::: a', 'x', ':::', '', '::: b', 'y', ':::')],
  ['empty divs side by side in a div', md('::: {.r-hstack}', '::: {data-id="box1" style="background: #2780e3; width: 200px;"}', ':::', '', '::: {data-id="box2"}', ':::', ':::')],
  ['a fence inside code is code', md('::: a', '```', ':::', '```', ':::')],
  ['a fence after a paragraph closes', md('::: a', 'text', ':::', 'after')],
  ['columns', md(':::: {.columns}', '::: {.column width="40%"}', 'a', ':::', '::: {.column width="60%"}', 'b', ':::', '::::')],
  ['a list in a div, a div in a quote', md('::: a', '- one', '- two', ':::', '', '> ::: b', '> x', '> :::')],
  ['spans', '[a]{.x} [b]{#s .y key="v w"} [c]{} [d]{#1}'],
  ['nested spans with emphasis', '[a [b]{.in} *c*]{.out}'],
  ['span across a line break', md('[a', 'b]{.x}')],
  ['escapes in quoted values', "[x]{k='a b' j=\"c \\\" d\"}"],
  ['heading attributes', md('## T {#id .x key=v}', '', '## T{#id2}', '', '# U {-}', '', '## V {.smaller background-color="#123"}')],
  ['identifier punctuation', '# T {#x:y_z.w-1 .c-d key_1=v}'],
  ['setext heading attributes', md('Title {#st .s}', '=====')],
  ['braces that are not attributes', md('## The set {1, 2}', '', 'text {1, 2}')],
  ['code block attributes', md('```{.python .numberLines code-line-numbers="|6|9"}', 'x', '```', '', '``` {#c .r}', 'y', '```', '', '```python', 'z', '```')],
  ['image and link attributes', '![a](f.png){width=50% .r-stretch} [l](u){target="_blank"} [m](v) {.not}'],
  ['absolute images', md('![](image1.png){.absolute top=200 left=0 width="350" height="300"}', '', '![](image2.png){.fragment width="450"}')],
  ['inline code attributes', '`x`{.python} `y`'],
  ['inline notes', 'x^[note *em*] y^[see [l](u)] z'],
  ['a span in a heading, a note in a span', md('## [A]{.red} title', '', '[b^[c]]{.x}')],
  ['a div holding a heading with attributes and a span', md('::: {.callout-note}', '## Tip {.x}', '', 'a [b]{.fragment fragment-index=2}', ':::')],
];

describe('oracle: the same structure as the real pandoc -f markdown', () => {
  before(() => {
    const probe = spawnSync('pandoc', ['--version']);
    if (probe.error || probe.status !== 0) assert.fail('pandoc is missing: install it with `apt-get install -y pandoc` (the oracle tests need the real Pandoc)');
  });

  for (const [title, markdown] of CASES) {
    it(title, async () => {
      const [expected, { tree, messages }] = await Promise.all([pandoc(markdown), parsePandoc(markdown)]);
      assert.deepEqual(ours(tree), expected);
      assert.deepEqual(messages, []);
    });
  }
});
