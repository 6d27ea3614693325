import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * `:::stretch` around a figure makes it fill the slide's remaining height
 * (reveal.js sizes `.r-stretch` elements that are direct children of a slide);
 * on the reading page it is an ordinary block.
 */
export default function remarkStretch() {
  return (tree: Root) => {
    visit(tree, 'containerDirective', (node) => {
      if (node.name !== 'stretch') return;
      node.data = { ...node.data, hName: 'div', hProperties: { className: ['r-stretch', 'stretch'] } };
    });
  };
}
