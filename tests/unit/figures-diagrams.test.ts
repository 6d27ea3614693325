import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Element } from 'hast';
import type { Code } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { compileLecture } from '../../src/compile/compile-lecture.ts';
import type { DiagramDrawer, DiagramRequest } from '../../src/compile/context.ts';
import type { DiagramResult } from '../../src/figures/mermaid.ts';
import { diagramId, readDiagramFence } from '../../src/markdown/diagram-fence.ts';
import type { LectureDiagrams } from '../../src/markdown/remark-diagrams.ts';
import { query } from '../helpers/html.ts';
import { fixtureContext } from '../helpers/markdown.ts';
import { md, nodesOf, parsePandoc } from '../helpers/pandoc-syntax.ts';

const FENCES = [
  md('```mermaid alt="A loop"', 'flowchart LR', '  A --> B', '```'),
  md('```{mermaid alt="A loop" label=fig-loop fig-cap="The loop"}', 'flowchart LR', '  A --> B', '```'),
  md('```{mermaid}', '%%| label: fig-loop', '%%| fig-cap: The loop', '%%| fig-alt: A loop', 'flowchart LR', '  A --> B', '```'),
  md('```mermaid', '#| label: fig-loop', '#| fig-cap: The loop', 'flowchart LR', '  A --> B', '```'),
];

/** A fence as plain Markdown hands it over, and as the Pandoc syntax layer does. */
async function bothReadings(fence: string) {
  const plain = fromMarkdown(fence).children[0] as Code;
  const { tree } = await parsePandoc(fence);
  return [readDiagramFence(plain), readDiagramFence(nodesOf(tree, 'code')[0]!)];
}

describe('reading a diagram fence', () => {
  it('finds the same diagram, alt text, label and caption with or without the syntax layer', async () => {
    const expected = [
      { code: 'flowchart LR\n  A --> B', optionLines: 0, alt: 'A loop' },
      { code: 'flowchart LR\n  A --> B', optionLines: 0, alt: 'A loop', label: 'fig-loop', caption: 'The loop' },
      { code: 'flowchart LR\n  A --> B', optionLines: 3, alt: 'A loop', label: 'fig-loop', caption: 'The loop' },
      { code: 'flowchart LR\n  A --> B', optionLines: 2, alt: 'The loop', label: 'fig-loop', caption: 'The loop' },
    ];
    for (const [index, fence] of FENCES.entries()) assert.deepEqual(await bothReadings(fence), [expected[index], expected[index]], fence);
  });

  it('leaves other code alone, and Quarto’s {.mermaid}, which shows the code', async () => {
    for (const fence of ['```python\nx = 1\n```', '```{.mermaid}\nflowchart LR\n```']) {
      const { tree } = await parsePandoc(fence);
      assert.equal(readDiagramFence(nodesOf(tree, 'code')[0]!), undefined, fence);
    }
  });

  it('says where option lines cannot be read', () => {
    const fence = fromMarkdown(md('```mermaid', '%%| label: fig-a', '%%| fig-cap: [unclosed', 'flowchart LR', '```')).children[0] as Code;
    const read = readDiagramFence(fence);
    assert.ok(read && 'reason' in read);
    assert.equal(read.line, 1, 'the second line inside the fence');
    assert.match(read.reason, /\S/);
  });
});

/** A drawing as the renderer hands it back: an SVG per colour scheme, with ids of its own. */
function drawing(id: string, width = 400, height = 100): DiagramResult {
  const svg = (variant: string): Element => ({
    type: 'element', tagName: 'svg', children: [{ type: 'element', tagName: 'marker', properties: { id: `${id}-${variant}-0` }, children: [] }],
    properties: { id: `${id}-${variant}`, className: ['diagram', `diagram-${variant}`], viewBox: `0 0 ${width} ${height}`, role: 'img', ariaLabel: 'A loop' },
  });
  return { light: svg('light'), dark: svg('dark') };
}

/** Compile a lecture body with a drawer that hands back `diagrams` and keeps what it was asked for. */
async function compile(body: string, diagrams: LectureDiagrams, asked: DiagramRequest[] = []) {
  const text = md('---', 'title: T', 'number: 1', '---', body);
  const drawDiagrams: DiagramDrawer = async (lectures) => {
    asked.push(...lectures);
    return lectures.map(() => diagrams);
  };
  return compileLecture({ path: 'content/lectures/01-x.md', bytes: new TextEncoder().encode(text) }, await fixtureContext({ drawDiagrams }));
}

const LOOP = { code: 'flowchart LR\n  A --> B', alt: 'A loop' };

describe('diagrams in a lecture', () => {
  it('puts both drawings of a diagram in place of its fence, in the deck and the notes', async () => {
    const lecture = await compile(md('## A', '', FENCES[0]!), new Map([[diagramId(LOOP), drawing('d1')]]));
    assert.deepEqual(lecture.diagnostics, []);
    const deck = query(lecture.slides[0]!.html);
    assert.ok(deck.one('section.has-media > div.diagram-block.slide-media > svg.diagram-light + svg.diagram-dark'), 'laid out as the slide’s picture');
    assert.ok(query(lecture.notesHtml).one('button.zoomable > svg.diagram-light + svg.diagram-dark'), 'one button enlarges both');
    assert.doesNotMatch(lecture.slides[0]!.html + lecture.notesHtml, /<code|<script/);
  });

  it('numbers a labelled diagram as a figure with its caption', async () => {
    const lecture = await compile(md('## A', '', FENCES[2]!), new Map([[diagramId(LOOP), drawing('d1')]]));
    const figure = query(lecture.slides[0]!.html).one('section.has-media > figure#fig-loop.diagram-figure.slide-media');
    assert.ok(figure);
    assert.deepEqual(query(lecture.slides[0]!.html).text('figure#fig-loop > figcaption'), ['Figure 1: The loop']);
  });

  it('gives a diagram used twice ids of its own', async () => {
    const lecture = await compile(md('## A', '', FENCES[0]!, '', FENCES[0]!), new Map([[diagramId(LOOP), drawing('d1')]]));
    const ids = [...lecture.slides[0]!.html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    assert.equal(ids.length, 9, 'the slide, and an svg and a marker per variant per diagram');
    assert.deepEqual(ids.filter((id, index) => ids.indexOf(id) !== index), []);
  });

  it('reports Mermaid’s error at the lecture line, past the fence and its option lines', async () => {
    const failed: DiagramResult = { error: { line: 2, ruleId: 'diagram-syntax', message: 'Mermaid cannot read this diagram: …', fix: 'correct it' } };
    const missingAlt: DiagramResult = { error: { line: 0, ruleId: 'diagram-alt', message: 'no text alternative', fix: 'add alt' } };
    const lecture = await compile(md('## A', '', FENCES[2]!, '', '## B', '', '```mermaid', 'flowchart LR', '```'),
      new Map([[diagramId(LOOP), failed], [diagramId({ code: 'flowchart LR' }), missingAlt]]));
    assert.deepEqual(lecture.diagnostics.map((d) => [d.ruleId, d.line, d.severity]), [['diagram-syntax', 12, 'error'], ['diagram-alt', 17, 'error']]);
  });

  it('draws a diagram inside a MyST directive, which the diagram reader once parsed past', async () => {
    const asked: DiagramRequest[] = [];
    const note = md('````{note}', FENCES[0]!, '````');
    const lecture = await compile(md('## A', '', note), new Map([[diagramId(LOOP), drawing('d1')]]), asked);
    assert.deepEqual(lecture.diagnostics, []);
    assert.deepEqual(asked, [{ path: 'content/lectures/01-x.md', diagrams: [{ ...LOOP, line: 0 }] }], 'asked for once, with the diagram the pipeline places');
    assert.ok(query(lecture.slides[0]!.html).one('.callout-note div.diagram-block > svg.diagram-light + svg.diagram-dark'), 'drawn inside the callout');
    assert.doesNotMatch(lecture.slides[0]!.html, /<code/);
  });

  it('asks for a lecture without diagrams too (its stored drawings are pruned), and for none the compile could not read', async () => {
    const asked: DiagramRequest[] = [];
    await compile(md('## A', '', 'No diagram.'), new Map(), asked);
    await compile(md('## A', '', 'x'.repeat(10) + '*'.repeat(2001)), new Map(), asked);
    assert.deepEqual(asked, [{ path: 'content/lectures/01-x.md', diagrams: [] }]);
  });

  it('leaves a diagram nobody drew as code (a pipeline run on its own)', async () => {
    const lecture = await compile(md('## A', '', FENCES[0]!), new Map());
    assert.ok(query(lecture.slides[0]!.html).one('pre code'));
  });
});
