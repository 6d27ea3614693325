import type { Root } from 'mdast';
import type {} from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';

/**
 * Container directives that decide where a block is shown, mapped to the HTML
 * element and class they become. `rehype-lecture-views` later drops
 * `notes-only` blocks from the deck and `slides-only` blocks from the notes.
 */
const VIEW_BLOCKS = {
  notes: { tagName: 'aside', className: 'notes' },
  'slides-only': { tagName: 'div', className: 'slides-only' },
  'notes-only': { tagName: 'div', className: 'notes-only' },
} as const;

export type ViewBlockName = keyof typeof VIEW_BLOCKS;

function isViewBlock(name: string): name is ViewBlockName {
  return Object.hasOwn(VIEW_BLOCKS, name);
}

/**
 * Turn `:::notes`, `:::slides-only` and `:::notes-only` containers into
 * elements: speaker notes become `<aside class="notes">` (what reveal.js
 * expects), the other two plain `<div>`s with a class.
 */
export default function remarkViewBlocks() {
  return (tree: Root) => {
    visit(tree, 'containerDirective', (node) => {
      if (!isViewBlock(node.name)) return;
      const { tagName, className } = VIEW_BLOCKS[node.name];
      node.data = { ...node.data, hName: tagName, hProperties: { className: [className] } };
    });
  };
}
