import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * Quarto's slide furniture: `::: aside` is a small note at the foot of the
 * slide (in the notes, a small block where it stands); `::: footer` replaces
 * the deck's footer on its slide and is left out of the notes.
 */
export default function remarkSlideBlocks() {
  return (tree: Root) => {
    visit(tree, 'containerDirective', (node) => {
      if (node.name === 'aside') node.data = { ...node.data, hName: 'div', hProperties: { className: ['aside'] } };
      if (node.name === 'footer') node.data = { ...node.data, hName: 'div', hProperties: { className: ['slide-footer', 'slides-only'] } };
    });
  };
}
