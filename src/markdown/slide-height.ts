import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** Characters of body text that fit on one line of a 1920 px slide. */
const CHARS_PER_LINE = 75;
/** Table and code text is set smaller (0.72em, 0.7em): more fits per line, lines are shorter. */
const SMALL_TEXT = 0.72;

/** Lines of body text one block takes, at least one. */
function textLines(text: string, perLine = CHARS_PER_LINE): number {
  return Math.max(1, Math.ceil(text.length / perLine));
}

/** Side-by-side matrices share their rows: the tallest environment sets the height. */
function mathLines(tex: string): number {
  const rows = Math.max(0, ...tex.split('\\begin{').map((part) => (part.match(/\\\\/g) ?? []).length));
  const tall = /\\(frac|underbrace|overbrace|sum|int|prod)/.test(tex) ? 1 : 0;
  return 1.5 + rows + tall;
}

function isHiddenOnSlides(node: Nodes): boolean {
  return node.type === 'containerDirective' && (node.name === 'notes' || node.name === 'notes-only');
}

/**
 * Estimate, in lines of body text, how tall a block renders on a slide: a
 * rough model of the course theme (46 px text, 72 px titles, smaller tables
 * and code) that is good enough to flag slides likely to overflow.
 */
export function estimateLines(node: Nodes): number {
  if (isHiddenOnSlides(node)) return 0;
  switch (node.type) {
    case 'heading':
      return node.depth <= 2 ? 2 : 1.3;
    case 'paragraph':
      return node.children.some((child) => child.type === 'image') ? 6 : textLines(toString(node)) + 0.5;
    case 'listItem':
      return node.children.reduce((sum, child) => sum + estimateLines(child), 0) - 0.3;
    case 'table':
      return 0.5 + node.children.reduce((sum, row) => sum + textLines(toString(row), CHARS_PER_LINE / SMALL_TEXT) * SMALL_TEXT + 0.2, 0);
    case 'code':
      return 1 + node.value.split('\n').length * SMALL_TEXT;
    case 'math':
      return mathLines(node.value);
    case 'containerDirective':
      if (node.name === 'columns') return Math.max(0, ...node.children.map(estimateLines));
      break;
    case 'thematicBreak':
    case 'html':
      return 0;
  }
  return 'children' in node ? node.children.reduce((sum: number, child: Nodes) => sum + estimateLines(child), 0) : 1;
}

/** Lines of body text that fit on a slide under its title. */
export const SLIDE_CAPACITY = 19;
