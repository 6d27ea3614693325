import type { Root } from 'hast';
import { walkElements } from './hast-walk.ts';

/** The attributes of each element that hold a site path (a slide's `<section>`: its background image, video or page). */
const ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  img: ['src'],
  source: ['src'],
  video: ['src'],
  section: ['dataBackgroundImage', 'dataBackgroundVideo', 'dataBackgroundIframe'],
};

/**
 * Authors write site links and images from the root (`/notes/02-x/`,
 * `/figures/map.png`, slide backgrounds); prefix them with the base path so they work when the
 * site is served under `/<course>/`.
 */
export default function rehypeBasePath(options: { base?: string } = {}) {
  const base = (options.base ?? '/').replace(/\/$/, '');
  return (tree: Root) => {
    if (!base) return;
    walkElements(tree, (node) => {
      for (const attribute of ATTRIBUTES[node.tagName] ?? []) {
        const value = node.properties[attribute];
        if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//')) {
          node.properties[attribute] = base + value;
        }
      }
    });
  };
}
