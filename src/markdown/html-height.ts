import type { ElementContent } from 'hast';
import type { Html } from 'mdast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';

/** An embedded page (an iframe) takes no more of a slide's height than this (deck-fit.css). */
export const EMBED_MAX_HEIGHT = 594;

/** The height a browser gives an iframe that names none. */
const IFRAME_HEIGHT = 150;

/** An iframe's height at a width: its `height` attribute, else the `aspect-ratio` its style gives, at most EMBED_MAX_HEIGHT. */
function embedHeight(properties: Record<string, unknown>, width: number): number {
  const height = Number(properties.height);
  const ratio = /aspect-ratio:\s*([\d.]+)\s*\/\s*([\d.]+)/.exec(String(properties.style ?? ''));
  const natural = Number.isFinite(height) && height > 0 ? height : ratio ? (width * Number(ratio[2])) / Number(ratio[1]) : IFRAME_HEIGHT;
  return Math.min(EMBED_MAX_HEIGHT, natural);
}

/** How tall one piece of HTML stands: an iframe as embedded, a closed `<details>` as its summary, anything else as its text. */
function pieceHeight(node: ElementContent, width: number, textHeight: (text: string) => number): number {
  if (node.type === 'element' && node.tagName === 'iframe') return embedHeight(node.properties, width);
  if (node.type === 'element' && node.tagName === 'details' && node.properties.open === undefined) {
    const summary = node.children.find((child) => child.type === 'element' && child.tagName === 'summary');
    return textHeight(summary ? toString(summary) : 'Details');
  }
  if (node.type === 'element' && node.children.some((child) => child.type === 'element' && child.tagName === 'iframe')) {
    return node.children.reduce((sum, child) => sum + pieceHeight(child, width, textHeight), 0);
  }
  const text = node.type === 'comment' ? '' : toString(node).trim();
  return text ? textHeight(text) : 0;
}

/** The height of each raw HTML node at a width, once worked out: pagination measures a slide many times over. */
const known = new WeakMap<Html, Map<number, number>>();

/**
 * The height raw HTML a lecture writes stands on a slide, in frame pixels at `width`: its text in
 * lines, an embedded page at its size (never more than EMBED_MAX_HEIGHT), a closed `<details>` as
 * its summary line, a comment as nothing. (An estimate of the HTML as written, parsed with parse5.)
 */
export function htmlHeight(node: Html, width: number, textHeight: (text: string) => number): number {
  const byWidth = known.get(node) ?? new Map<number, number>();
  known.set(node, byWidth);
  if (!byWidth.has(width)) {
    const pieces = fromHtml(node.value, { fragment: true }).children;
    byWidth.set(width, pieces.reduce((sum, piece) => sum + (piece.type === 'doctype' ? 0 : pieceHeight(piece, width, textHeight)), 0));
  }
  return byWidth.get(width)!;
}
