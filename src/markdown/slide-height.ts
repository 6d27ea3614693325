import type { Nodes, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { SlideNode } from './slide-node.ts';

/*
 * A model of the course theme (src/styles/deck-theme.css), in pixels of the
 * 1920×1080 frame, measured on Lecture 1: 46 px body text at 1.35 line height,
 * ~92 characters per line, 24 px between blocks, 72 px titles.
 */
const LINE = 62;
const CHARS_PER_LINE = 92;
const BLOCK_GAP = 24;
const TITLE = 131;
const ITEM_GAP = 14;
/** Tables and code are set at 0.72em and 0.7em. */
const SMALL_LINE = 45;
const SMALL_CHARS_PER_LINE = 100;
const TABLE_ROW_PADDING = 22;
const CODE_LINE = 47;
const CODE_PADDING = 43;

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

function isHiddenOnSlides(node: Nodes): boolean {
  return node.type === 'containerDirective' && (node.name === 'notes' || node.name === 'notes-only');
}

/** Height in frame pixels of a list of blocks stacked with the theme's gaps. */
export function stackHeight(blocks: Nodes[], gap = BLOCK_GAP): number {
  const heights = blocks.map(estimateHeight).filter((height) => height > 0);
  return heights.reduce((sum, height) => sum + height, 0) + gap * Math.max(0, heights.length - 1);
}

/**
 * Estimate how tall a block renders on a slide, in pixels of the 1080 px
 * frame: good enough to flag slides likely to overflow before the lecture.
 */
function estimateHeight(node: Nodes): number {
  if (isHiddenOnSlides(node)) return 0;
  // A node rendered before the estimate (a cell's output) carries its own.
  const known = (node.data as { slideHeight?: number } | undefined)?.slideHeight;
  if (known !== undefined) return known;
  switch (node.type) {
    case 'heading':
      return node.depth <= 2 ? TITLE - BLOCK_GAP : 80;
    case 'paragraph':
      return node.children.some((child) => child.type === 'image') ? 400 : lines(toString(node)) * LINE;
    case 'list':
      return stackHeight(node.children, ITEM_GAP);
    case 'listItem':
      return stackHeight(node.children, ITEM_GAP);
    case 'blockquote':
      return stackHeight(node.children, ITEM_GAP) + 37;
    case 'table':
      return tableHeight(node);
    case 'code':
      return codeBlockHeight(node.value);
    case 'math':
      return mathHeight(node.value);
    case 'containerDirective':
      if (node.name === 'columns') return Math.max(0, ...node.children.map(estimateHeight));
      return stackHeight(node.children);
    case 'thematicBreak':
    case 'html':
    case 'leafDirective':
      return 0;
  }
  return 'children' in node ? stackHeight(node.children as Nodes[]) : LINE;
}

/** Height of the 16:9 frame in its logical pixels. */
export const FRAME_HEIGHT = 1080;

/** Text scale of a `::slide{.dense}` slide (deck-theme.css), for what is not the title. */
export const DENSE_SCALE = 0.85;

/** Estimated height of a slide's content, in frame pixels (`.dense` and Quarto's `.smaller` set smaller text). */
export function slideContentHeight(slide: SlideNode): number {
  const classes = slide.data.hProperties.className as string[];
  return stackHeight(slide.children) * (classes.includes('dense') || classes.includes('smaller') ? DENSE_SCALE : 1);
}
