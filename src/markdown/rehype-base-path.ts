import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

const ATTRIBUTES = { a: 'href', img: 'src', source: 'src', video: 'src' } as const;

/**
 * Authors write site links and images from the root (`/notes/02-x/`,
 * `/figures/map.png`); prefix them with the base path so they work when the
 * site is served under `/<course>/`.
 */
export default function rehypeBasePath(options: { base?: string } = {}) {
  const base = (options.base ?? '/').replace(/\/$/, '');
  return (tree: Root) => {
    if (!base) return;
    visit(tree, 'element', (node) => {
      const attribute = ATTRIBUTES[node.tagName as keyof typeof ATTRIBUTES];
      if (!attribute) return;
      const value = node.properties[attribute];
      if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//')) {
        node.properties[attribute] = base + value;
      }
    });
  };
}
