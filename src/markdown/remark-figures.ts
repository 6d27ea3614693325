import type { Image, Paragraph, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { addCrossrefTarget, crossrefCount, crossrefText, type CrossrefTarget } from './crossrefs.ts';
import { reportError } from './diagnostics.ts';
import { figureLayout, type LayoutSlot } from './figure-layout.ts';

declare module 'mdast' {
  interface RootContentMap {
    figure: Figure;
  }
}

/** A figure, a grid of figures or one of its places: an element around other content. */
export interface Figure extends Parent {
  type: 'figure';
  children: RootContent[];
  data: { hName: 'figure' | 'div'; hProperties: { id?: string; className: string[]; style?: string } };
}

const element = (hName: Figure['data']['hName'], className: string[], children: RootContent[], extra: Partial<Figure['data']['hProperties']> = {}): Figure => ({
  type: 'figure',
  children,
  data: { hName, hProperties: { className, ...extra } },
});

/** A `<figcaption>`: "Figure 2: …" for a numbered figure, "(a) …" for a sub-figure. */
function caption(target: CrossrefTarget | undefined, children: PhrasingContent[]): Paragraph {
  const label: PhrasingContent[] = !target ? [] : target.sub
    ? [{ type: 'text', value: `(${target.sub}) ` }]
    : [{ type: 'strong', children: [{ type: 'text', value: `${crossrefText(target)}:` }] }, { type: 'text', value: ' ' }];
  return { type: 'paragraph', children: [...label, ...children], data: { hName: 'figcaption' } };
}

/** The image of a paragraph that holds only images (and the spaces between them). */
function imagesOf(paragraph: RootContent): Image[] | undefined {
  if (paragraph.type !== 'paragraph') return undefined;
  const images = paragraph.children.filter((child): child is Image => child.type === 'image');
  const rest = paragraph.children.filter((child) => child.type !== 'image' && !(child.type === 'text' && !child.value.trim()) && child.type !== 'break');
  return images.length > 0 && rest.length === 0 ? images : undefined;
}

/** An image's `{#fig-x}` label, taken off the image (the figure carries the id). */
function takeLabel(image: Image): string | undefined {
  const attributes = image.data?.attributes;
  if (!attributes?.id?.startsWith('fig-')) return undefined;
  image.data = { ...image.data, attributes: { ...attributes, id: undefined } };
  return attributes.id;
}

/**
 * An image alone in its paragraph becomes a numbered figure when it is
 * labelled (`![Caption](/x.png){#fig-x}`, captioned by its alt text as in
 * Quarto) or has a title (`![Alt](/x.png "Caption")`).
 */
function imageFigure(image: Image, file: VFile): Figure | undefined {
  const label = takeLabel(image);
  const text = image.title ?? (label ? image.alt : undefined);
  if (!text) return undefined;
  const id = label ?? `figure-${crossrefCount(file, 'fig') + 1}`;
  const target = addCrossrefTarget(file, id, 'fig', image.position, { title: text });
  return element('figure', ['figure'], [{ ...image, title: null }, caption(target, [{ type: 'text', value: text }])], { id });
}

/** One place of a grid: a sub-figure (in a numbered figure), a figure, or the block as it is. */
function cellOf(content: RootContent, parent: CrossrefTarget | undefined, index: number, file: VFile): RootContent {
  if (content.type !== 'image') return content;
  if (!parent) return imageFigure(content, file) ?? { type: 'paragraph', children: [content] };
  const label = takeLabel(content);
  const sub = String.fromCharCode(97 + index);
  const target = label ? addCrossrefTarget(file, label, 'fig', content.position, { parent, sub, title: content.alt ?? '' }) : { id: '', kind: 'fig' as const, number: parent.number, sub };
  const figcaption = content.alt ? [caption(target, [{ type: 'text', value: content.alt }])] : [];
  return element('figure', ['subfigure'], [{ ...content, title: null }, ...figcaption], label ? { id: label } : {});
}

/** The places of a grid, in rows as the layout asks. */
function gridRows(cells: RootContent[], rows: LayoutSlot[][]): Figure[] {
  const queue = [...cells];
  return rows.flatMap((row) => {
    if (queue.length === 0) return [];
    const places = row.map((slot) => element('div', [slot.spacer ? 'figure-spacer' : 'figure-cell'], slot.spacer ? [] : queue.splice(0, 1), { style: `flex: 0 1 ${slot.width}%` }));
    return [element('div', ['figure-row'], places)];
  });
}

/**
 * Quarto's figure divs: `::: {#fig-x layout-ncol=2}` around images (the
 * sub-figures, lettered) and a last paragraph (the caption) is one numbered
 * figure; a layout without a `#fig-` label only places its blocks in a grid.
 */
function divFigure(node: ContainerDirective, file: VFile): Figure | undefined {
  const label = node.attributes?.id?.startsWith('fig-') ? node.attributes.id : undefined;
  const children = [...node.children];
  const last = children.at(-1);
  const captionParagraph = label && last?.type === 'paragraph' && !imagesOf(last) ? (children.pop() as Paragraph) : undefined;
  const cells = children.flatMap((child): RootContent[] => imagesOf(child) ?? [child]);
  const layout = figureLayout(node.attributes ?? {}, cells.length);
  if (layout && !layout.ok) reportError(file, { ruleId: 'attribute-value', reason: layout.reason, fix: layout.fix, place: node.position });
  if (!label && !layout?.ok) return undefined;
  const target = label ? addCrossrefTarget(file, label, 'fig', node.position, { title: captionParagraph ? toString(captionParagraph) : '' }) : undefined;
  const placed = cells.map((cell, index) => cellOf(cell, target, index, file));
  const body = layout?.ok ? gridRows(placed, layout.rows) : placed;
  if (!label) return element('div', ['figure-grid'], body);
  const captionChildren = captionParagraph ? [caption(target, captionParagraph.children)] : [];
  return element('figure', ['figure', 'figure-grid'], [...body, ...captionChildren], { id: label });
}

/**
 * Figures, numbered through the lecture (the same in slides and notes) and
 * registered for `@fig-x` references: an image alone in its paragraph with
 * a `{#fig-x}` label or a title → `<figure id="fig-x">…<figcaption>Figure 1:
 * …`; Quarto's figure divs with `layout-ncol`, `layout-nrow` or `layout`
 * make grids with lettered sub-figures.
 */
export default function remarkFigures() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return;
      if (node.type === 'containerDirective' && node.name === 'div') {
        const figure = divFigure(node, file);
        if (!figure) return;
        parent.children.splice(index, 1, figure as never);
        return SKIP;
      }
      const images = imagesOf(node as unknown as RootContent);
      const figure = images?.length === 1 ? imageFigure(images[0]!, file) : undefined;
      if (figure) parent.children.splice(index, 1, figure as never);
      return figure ? SKIP : undefined;
    });
  };
}
