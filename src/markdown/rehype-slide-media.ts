import type { Element, Root } from 'hast';
import { hasClass } from './hast-class.ts';
import { isElement, slideSections } from './hast-tree.ts';

/** What a slide shows as a picture: an image, a `<picture>`, an inline figure or a diagram. */
function isPicture(node: Element): boolean {
  return node.tagName === 'img' || node.tagName === 'picture' || (node.tagName === 'svg' && (hasClass(node, 'figure-svg') || hasClass(node, 'diagram')));
}

/** A drawn diagram's element: its SVGs are held out of the tree until rehype-held-content, which runs after this plugin. */
function holdsDiagram(node: Element): boolean {
  return hasClass(node, 'diagram-figure') || hasClass(node, 'diagram-block');
}

/** Blocks that can lay their content out as a shrinking column (lists, quotes and tables cannot). */
const COLUMN_BLOCKS = new Set(['p', 'div', 'figure', 'picture']);

function addClass(node: Element, name: string): void {
  const classes = Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];
  if (!classes.includes(name)) node.properties.className = [...classes, name];
}

/**
 * Mark the way down from a block to its pictures: each block on it gets
 * `slide-media` (deck CSS makes it a column that gives up height before the
 * text does), `slide-stretch` too when it leads to a picture that asks to
 * fill the slide (`{.r-stretch}`, or inside `:::stretch`). Returns whether
 * the block holds a picture.
 */
function markMedia(node: Element, stretched: boolean): { media: boolean; stretch: boolean } {
  const inStretch = stretched || hasClass(node, 'r-stretch');
  if (isPicture(node)) return { media: true, stretch: inStretch };
  if (holdsDiagram(node)) {
    addClass(node, 'slide-media');
    if (inStretch) addClass(node, 'slide-stretch');
    return { media: true, stretch: inStretch };
  }
  let media = false;
  let stretch = false;
  for (const child of node.children) {
    if (!isElement(child)) continue;
    const found = markMedia(child, inStretch);
    media ||= found.media;
    stretch ||= found.stretch;
  }
  if (media && COLUMN_BLOCKS.has(node.tagName)) {
    addClass(node, 'slide-media');
    if (stretch) addClass(node, 'slide-stretch');
  }
  return { media: media && COLUMN_BLOCKS.has(node.tagName), stretch };
}

/** Blocks a slide shows (not its speaker notes or its link to the notes). */
function shown(node: Element): boolean {
  return !(node.tagName === 'aside' || hasClass(node, 'notes-link') || hasClass(node, 'notes-only'));
}

/**
 * Slides with pictures are laid out so every picture fits: the slide gets
 * `has-media`, and the blocks leading to a picture `slide-media`, so the
 * deck's CSS (src/styles/deck-figures.css) scales pictures into the height
 * the title and text leave, clear of the slide number. A slide whose text
 * goes on under its last picture gets `text-after-media`: that text keeps
 * clear of the deck's buttons in the corner too.
 */
export default function rehypeSlideMedia() {
  return (tree: Root) => {
    for (const section of slideSections(tree)) {
      const blocks = section.children.filter((child): child is Element => isElement(child) && shown(child));
      const media = blocks.map((block) => markMedia(block, false).media);
      if (!media.includes(true)) continue;
      addClass(section, 'has-media');
      if (media.lastIndexOf(true) < media.length - 1) addClass(section, 'text-after-media');
    }
  };
}
