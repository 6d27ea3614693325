import type { Element, ElementContent, Properties } from 'hast';
import { toString as hastText } from 'hast-util-to-string';
import type { Code, Paragraph, Parent, PhrasingContent, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { CellOutput } from '../cells/outputs.ts';
import { outputsToHast, type OutputPart } from '../cells/outputs-to-hast.ts';
import type { CellOptions } from '../schemas/execute.ts';
import { foldedCode, foldedOutputs } from './cell-folds.ts';
import { codeBlockHeight, tableRowsHeight, textHeight } from './slide-height.ts';

/**
 * The mdast a Quarto cell becomes: `<div class="cell">` holding its code and its outputs (either
 * maybe folded, src/markdown/cell-folds.ts). Outputs come already rendered and sanitised (src/cells/outputs-to-hast.ts) as hast
 * children, except Markdown and LaTeX results, which stay mdast for the pipeline's own renderers.
 */

/** Height a figure output takes on a slide: the deck caps it there (cell-outputs.css). */
export const FIGURE_SLIDE_HEIGHT = 500;

/** Height of a one-line block (a summary, a caption, a marker). */
const ONE_LINE = textHeight('');

/** What a cell's nodes carry for remark-rehype and for the slide height estimate. */
export interface CellNodeData {
  hName: string;
  hProperties: Properties;
  /** Height on a slide in frame pixels, when known without looking at the children. */
  slideHeight?: number;
}

/** A cell: its code and outputs. */
export interface CellNode extends Parent {
  type: 'cell';
  children: RootContent[];
  data: CellNodeData;
}

/** One output of a cell (or the marker left on a slide for an output moved to the notes). */
export interface CellOutputNode extends Parent {
  type: 'cellOutput';
  children: RootContent[];
  data: CellNodeData;
}

declare module 'mdast' {
  interface RootContentMap {
    cell: CellNode;
    cellOutput: CellOutputNode;
  }
}

/** What a cell is rendered from. */
export interface CellRender {
  /** The cell's code node (kept, for Shiki to highlight). */
  code: Code;
  options: CellOptions;
  /** Its outputs (none for a cell not run). */
  outputs: readonly CellOutput[];
  /** Prefix of ids inside its SVG figures, unique in the lecture. */
  idPrefix: string;
  /** Number the cell's figure as a cross-reference target (called when it has one); its number, if it got one. */
  numberFigure(): number | undefined;
  /** Markdown text (a `text/markdown` result, `output: asis`, a caption) as mdast, placed at the cell. */
  parseMarkdown(text: string): RootContent[];
  /**
   * Keep an output's rendered content (already sanitised for what it is: SVG, HTML) out of the tree
   * until the lecture's own HTML policy has run (rehype-held-content puts it in); returns its key.
   */
  hold(content: ElementContent[]): string;
}

/** The outputs a reader sees: stderr dropped with `warning: false`; printed text read as Markdown with `output: asis`. */
function shownOutputs(outputs: readonly CellOutput[], options: CellOptions): CellOutput[] {
  return outputs.flatMap((output): CellOutput[] => {
    if (output.output_type !== 'stream') return [output];
    if (output.name === 'stderr' && options.warning === false) return [];
    if (output.name === 'stdout' && options.output === 'asis') {
      return [{ output_type: 'display_data', data: { 'text/markdown': output.text }, metadata: {} }];
    }
    return [output];
  });
}

function outputNode(properties: Properties, children: RootContent[]): CellOutputNode {
  return { type: 'cellOutput', children, data: { hName: 'div', hProperties: properties } };
}

/** A rendered output: its element, empty, holding the key of its content until the content joins the page. */
function renderedNode(rendered: Element, render: CellRender): CellOutputNode {
  return {
    type: 'cellOutput',
    children: [],
    data: {
      hName: rendered.tagName,
      hProperties: { ...rendered.properties, dataHeld: render.hold(rendered.children) },
      slideHeight: renderedHeight(rendered),
    },
  };
}

function isFigure(node: Element): boolean {
  const classes = node.properties.className;
  return Array.isArray(classes) && (classes.includes('cell-output-svg') || classes.includes('cell-output-image'));
}

/** How tall a rendered output is on a slide. */
function renderedHeight(node: Element): number {
  if (isFigure(node)) return FIGURE_SLIDE_HEIGHT;
  if (node.tagName === 'pre') return codeBlockHeight(hastText(node).replace(/\n$/, ''));
  let rows = 0;
  visit(node, 'element', (child) => {
    if (child.tagName === 'tr') rows += 1;
  });
  return rows > 0 ? tableRowsHeight(rows) : textHeight(hastText(node));
}

/** One output part as a node: rendered hast as it is, Markdown and LaTeX as mdast. */
function partNode(part: OutputPart, render: CellRender): CellOutputNode {
  switch (part.kind) {
    case 'hast':
      return renderedNode(part.node, render);
    case 'markdown':
      return outputNode({ className: ['cell-output', 'cell-output-markdown'] }, render.parseMarkdown(part.text));
    case 'latex':
      // Parsed as display maths, so remark-math makes the node KaTeX renders.
      return outputNode({ className: ['cell-output', 'cell-output-latex'] }, render.parseMarkdown(`$$\n${latexBody(part.text)}\n$$`));
  }
}

/** TeX without the delimiters around a LaTeX result (`$…$`, `$$…$$`, `\[…\]`): it is shown as display maths. */
function latexBody(text: string): string {
  const trimmed = text.trim();
  const delimited = /^\$\$([\s\S]*)\$\$$|^\\\[([\s\S]*)\\\]$|^\$([\s\S]*)\$$/.exec(trimmed);
  return (delimited?.[1] ?? delimited?.[2] ?? delimited?.[3] ?? trimmed).trim();
}

/** The caption paragraph of a cell's figure: "Figure N:" (`number`) and the caption's Markdown. */
function caption(render: CellRender, number: number | undefined): Paragraph | undefined {
  const text = render.options['fig-cap'];
  if (text === undefined && number === undefined) return undefined;
  const [first] = text === undefined ? [] : render.parseMarkdown(text);
  const inline: PhrasingContent[] = first?.type === 'paragraph' ? first.children : [];
  const label: PhrasingContent[] =
    number === undefined ? [] : [{ type: 'strong', children: [{ type: 'text', value: `Figure ${number}:` }] }];
  const children = label.length > 0 && inline.length > 0 ? [...label, { type: 'text', value: ' ' } as const, ...inline] : [...label, ...inline];
  return { type: 'paragraph', children, data: { hName: 'figcaption' } };
}

/**
 * The outputs of a cell as nodes, and how many are figures; the figures are gathered in one
 * `<figure>` when the cell has a caption or a figure label.
 */
function outputNodes(render: CellRender): { nodes: CellOutputNode[]; figures: number } {
  const alt = render.options['fig-alt'] ?? render.options['fig-cap'];
  const parts = outputsToHast(shownOutputs(render.outputs, render.options), { ...(alt ? { alt } : {}), idPrefix: render.idPrefix });
  const nodes = parts.map((part) => partNode(part, render));
  const figures = parts.flatMap((part, index) => (part.kind === 'hast' && isFigure(part.node) ? [index] : []));
  const number = figures.length > 0 ? render.numberFigure() : undefined;
  const figureCaption = figures.length > 0 ? caption(render, number) : undefined;
  if (!figureCaption) return { nodes, figures: figures.length };
  const [first] = figures;
  const figure: CellOutputNode = {
    type: 'cellOutput',
    children: [...figures.map((index) => nodes[index]!), figureCaption],
    data: {
      hName: 'figure',
      hProperties: { className: ['cell-output', 'cell-output-figure', 'figure'], ...(number === undefined ? {} : { id: render.options.label }) },
      slideHeight: figures.length * FIGURE_SLIDE_HEIGHT + ONE_LINE,
    },
  };
  return { nodes: nodes.flatMap((node, index) => (index === first ? [figure] : figures.includes(index) ? [] : [node])), figures: figures.length };
}

/** The fence meta Quarto's `code-line-numbers` stands for: `numbers`, or highlight steps `{1-2|4}`. */
function lineNumbersMeta(option: CellOptions['code-line-numbers']): string | null {
  if (option === true) return 'numbers';
  return typeof option === 'string' ? `{${option}}` : null;
}

/** The code as shown: as it is, or folded under a summary (code-fold, a `hide-input` tag). */
function codeNode(render: CellRender): RootContent {
  render.code.meta = lineNumbersMeta(render.options['code-line-numbers']);
  return foldedCode(render.code, render.options);
}

/**
 * The node a cell becomes (none when nothing of it is shown: `include: false`, or no code and no
 * output), and how many figures it shows.
 */
export function cellNode(render: CellRender): { node?: CellNode; figures: number } {
  const { options } = render;
  if (options.include === false) return { figures: 0 };
  const outputs = options.output === false ? { nodes: [], figures: 0 } : outputNodes(render);
  const children = [...(options.echo === false ? [] : [codeNode(render)]), ...foldedOutputs(outputs.nodes, options)];
  if (children.length === 0) return { figures: 0 };
  return { node: { type: 'cell', children, data: { hName: 'div', hProperties: { className: ['cell'] } } }, figures: outputs.figures };
}
