import type { Image, Nodes, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SLIDE_WIDTH, type SlideFrame } from '../model/slide-frame.ts';
import { htmlHeight } from './html-height.ts';
import type { SlideNode } from './slide-node.ts';
import type {} from './block-element.ts';
import type {} from './remark-diagrams.ts';

/*
 * A model of the course theme (src/styles/deck-theme.css), in pixels of the
 * 1920-pixel-wide frame (src/model/slide-frame.ts), measured on Lecture 1: 46 px body text at 1.35 line height,
 * ~92 characters per line, 24 px between blocks, 72 px titles.
 */
const LINE = 62;
const CHARS_PER_LINE = 92;
const BLOCK_GAP = 24;
const TITLE = 131;
/** A callout's padding and the margins its first and last blocks keep inside it (deck-theme.css). */
const CALLOUT_EXTRA = 59;
/** A section title (`#`): 96 px type, its margin, and the rule and padding over it (deck-title-section.css). */
const SECTION_TITLE = 182;
const ITEM_GAP = 14;
/** Tables and code are set at 0.72em and 0.7em. */
const SMALL_LINE = 45;
const SMALL_CHARS_PER_LINE = 100;
const TABLE_ROW_PADDING = 22;
const CODE_LINE = 47;
const CODE_PADDING = 43;
/** A self-check question (quiz.css): the "Question N" line and the gap under its prompt, and each option's box. */
const QUIZ_PROMPT_EXTRA = 53;
const QUIZ_OPTION_BOX = 18;
/** The gap between columns (deck-theme.css). */
const COLUMN_GAP = 48;
/** Vector pictures (diagrams, the course's SVGs) grow up to this many times their size on a slide (diagrams.css). */
const VECTOR_GROWTH = 2.5;
/**
 * Pictures shrink to the height a slide leaves them (deck-figures.css), but
 * not usefully below this: a slide is too full when its text leaves less.
 */
export const MIN_PICTURE_HEIGHT = 200;

/** A picture's natural size in CSS pixels, and whether it is vector (may grow on a slide). */
export interface PictureSize {
  width: number;
  height: number;
  vector: boolean;
}

/** What the estimate knows besides the Markdown: the size of each image it names. */
export interface SlideLayout {
  /** Width the blocks being measured have, in frame pixels. */
  width: number;
  /** An image's natural size, when its file was read. */
  pictureSize: (image: Image) => PictureSize | undefined;
}

/** A layout at the slide's full width that knows no image's size (each picture counts at the most it may take). */
const NO_PICTURE_FACTS: SlideLayout = { width: SLIDE_WIDTH, pictureSize: () => undefined };

/** Lines a run of text wraps to, at least one. */
function lines(text: string, perLine = CHARS_PER_LINE): number {
  return Math.max(1, Math.ceil(text.length / perLine));
}

/** Side-by-side matrices share rows: the tallest environment sets the height. */
function mathHeight(tex: string): number {
  const rows = Math.max(0, ...tex.split('\\begin{').map((part) => (part.match(/\\\\/g) ?? []).length));
  const tall = /\\(frac|underbrace|overbrace|sum|int|prod)/.test(tex) ? 40 : 0;
  return 70 + rows * 48 + tall;
}

/** Columns get widths in proportion to their longest cell, as browsers lay tables out. */
function tableHeight(table: Table): number {
  const cells = table.children.map((row) => row.children.map((cell) => toString(cell).length));
  const widest = cells[0]?.map((_, column) => Math.max(1, ...cells.map((row) => row[column] ?? 0))) ?? [];
  const total = widest.reduce((sum, width) => sum + width, 0) || 1;
  return cells.reduce((sum, row) => {
    const rowLines = Math.max(1, ...row.map((length, column) =>
      lines(' '.repeat(length), Math.max(4, (SMALL_CHARS_PER_LINE * (widest[column] ?? 1)) / total))));
    return sum + rowLines * SMALL_LINE + TABLE_ROW_PADDING;
  }, 0);
}

/** Height of a block of code or program output with this text, set at 0.7em. */
export function codeBlockHeight(text: string): number {
  return text.split('\n').length * CODE_LINE + CODE_PADDING;
}

/** Height of an HTML table (a program's output) with this many rows, set like a Markdown table. */
export function tableRowsHeight(rows: number): number {
  return rows * (SMALL_LINE + TABLE_ROW_PADDING);
}

/** Height of a paragraph of this text. */
export function textHeight(text: string): number {
  return lines(text) * LINE;
}

/**
 * The height a picture needs on a slide: its height at the width it gets
 * (a raster image never wider than itself), counted at no more than
 * `MIN_PICTURE_HEIGHT`, since the slide shrinks it into what is left.
 */
export function pictureHeight(size: PictureSize | undefined, width: number): number {
  if (!size || size.width <= 0) return MIN_PICTURE_HEIGHT;
  const shown = Math.min(width, size.width * (size.vector ? VECTOR_GROWTH : 1));
  return Math.min(MIN_PICTURE_HEIGHT, (shown * size.height) / size.width);
}

function isHiddenOnSlides(node: Nodes): boolean {
  return node.type === 'containerDirective' && (node.name === 'notes' || node.name === 'notes-only');
}

/** Width of each column of a `::::columns` block: its `width=` percentage, or an even share of what is left. */
function columnWidths(columns: Nodes[], width: number): number[] {
  const inner = width - COLUMN_GAP * Math.max(0, columns.length - 1);
  const given = columns.map((column) => {
    const percent = column.type === 'containerDirective' ? Number.parseFloat(column.attributes?.width ?? '') : Number.NaN;
    return Number.isFinite(percent) ? (inner * percent) / 100 : undefined;
  });
  const free = columns.length - given.filter((share) => share !== undefined).length;
  const rest = (inner - given.reduce<number>((sum, share) => sum + (share ?? 0), 0)) / Math.max(1, free);
  return given.map((share) => share ?? rest);
}

/** Height in frame pixels of a list of blocks stacked with the theme's gaps. */
export function stackHeight(blocks: Nodes[], layout: SlideLayout = NO_PICTURE_FACTS, gap = BLOCK_GAP): number {
  const heights = blocks.map((block) => estimateHeight(block, layout)).filter((height) => height > 0);
  return heights.reduce((sum, height) => sum + height, 0) + gap * Math.max(0, heights.length - 1);
}

/**
 * Estimate how tall a block renders on a slide, in pixels of the frame:
 * good enough to cut slides and flag the ones likely to overflow before the lecture.
 */
function estimateHeight(node: Nodes, layout: SlideLayout): number {
  if (isHiddenOnSlides(node)) return 0;
  // A node rendered before the estimate (a cell's output) carries its own.
  const known = (node.data as { slideHeight?: number } | undefined)?.slideHeight;
  if (known !== undefined) return known;
  switch (node.type) {
    case 'heading':
      return node.depth === 1 ? SECTION_TITLE - BLOCK_GAP : node.depth === 2 ? TITLE - BLOCK_GAP : 80;
    case 'image':
      return pictureHeight(layout.pictureSize(node), layout.width);
    case 'diagram': {
      const picture = pictureHeight({ ...node.data.size, vector: true }, layout.width);
      return picture + (node.data.hName === 'figure' ? LINE : 0);
    }
    case 'paragraph': {
      const images = node.children.filter((child): child is Image => child.type === 'image');
      const text = toString(node).trim();
      const pictures = Math.max(0, ...images.map((image) => estimateHeight(image, layout)));
      return images.length === 0 ? lines(text) * LINE : pictures + (text ? lines(text) * LINE : 0);
    }
    case 'list':
      return stackHeight(node.children, layout, ITEM_GAP);
    case 'listItem':
      return stackHeight(node.children, layout, ITEM_GAP);
    case 'blockquote':
      return stackHeight(node.children, layout, ITEM_GAP) + 37;
    case 'table':
      return tableHeight(node);
    case 'code':
      return codeBlockHeight(node.value);
    case 'math':
      return mathHeight(node.value);
    case 'containerDirective':
      if (node.name === 'columns') {
        const widths = columnWidths(node.children, layout.width);
        return Math.max(0, ...node.children.map((column, index) => estimateHeight(column, { ...layout, width: widths[index]! })));
      }
      return stackHeight(node.children, layout) + (((node.data?.hProperties?.className ?? []) as string[]).includes('callout') ? CALLOUT_EXTRA : 0);
    case 'blockElement': {
      const classes = (node.data.hProperties.className ?? []) as string[];
      const extra = classes.includes('quiz-prompt') ? QUIZ_PROMPT_EXTRA : classes.includes('quiz-option') ? QUIZ_OPTION_BOX : 0;
      return stackHeight(node.children, layout) + extra;
    }
    case 'html':
      return htmlHeight(node, layout.width, textHeight);
    case 'thematicBreak':
    case 'leafDirective':
      return 0;
  }
  return 'children' in node ? stackHeight(node.children as Nodes[], layout) : LINE;
}

/**
 * Height kept free at the foot of every slide for the slide number: in a 1280×720 window it covers
 * about the last 72 of the frame's pixels, and the estimate is good to about 1 %.
 */
export const SLIDE_FOOT = 80;

/** The height a slide's content may take in a frame: all of it but the foot. */
export function slideRoom(frame: SlideFrame): number {
  return frame.height - SLIDE_FOOT;
}

/** Text scale of a `::slide{.dense}` slide (deck-theme.css), for what is not the title. */
export const DENSE_SCALE = 0.85;

/** How much smaller than the theme a slide sets its text: `.dense` and Quarto's `.smaller` make it smaller. */
export function slideScale(slide: SlideNode): number {
  const classes = slide.data.hProperties.className as string[];
  return classes.includes('dense') || classes.includes('smaller') ? DENSE_SCALE : 1;
}

/** Estimated height of a slide's content, in frame pixels. */
export function slideContentHeight(slide: SlideNode, layout: SlideLayout = NO_PICTURE_FACTS): number {
  return stackHeight(slide.children, layout) * slideScale(slide);
}
