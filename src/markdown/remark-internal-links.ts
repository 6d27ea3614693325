import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { InternalLink } from '../model/lecture.ts';

declare module 'vfile' {
  interface DataMap {
    /** Links to slides, notes sections or other site pages, with where they are written. */
    internalLinks: InternalLink[];
  }
}

/**
 * Record every link to a place in the course (`/notes/<lecture>/#<section>`,
 * `/slides/<lecture>/#/<slide>`, `#<section>`). Whether the target exists can
 * only be known once all lectures are read, so `npm run check` resolves them.
 */
export default function remarkInternalLinks() {
  return (tree: Root, file: VFile) => {
    const links: InternalLink[] = [];
    visit(tree, 'link', (node) => {
      if (!node.url.startsWith('/') && !node.url.startsWith('#')) return;
      if (node.url.startsWith('//')) return;
      const start = node.position?.start;
      links.push({ url: node.url, line: start?.line ?? 1, column: start?.column ?? 1 });
    });
    file.data.internalLinks = links;
  };
}
