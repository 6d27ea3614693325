import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { reportError } from './diagnostics.ts';

/** Title that marks an image as decorative: `![](/figures/line.svg "decorative")`. */
export const DECORATIVE = 'decorative';

function isRemote(url: string): boolean {
  return /^[a-z]+:/i.test(url) || url.startsWith('//');
}

/**
 * Images need alt text (or an explicit "decorative" title, removed from the
 * output) and a file in `public/`, referenced from the site root so both views
 * and every base path find it; each problem is an error at the image's line.
 */
export default function remarkImageChecks() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'image', (node) => {
      if (!node.alt?.trim() && node.title !== DECORATIVE) {
        reportError(file, {
          ruleId: 'image-alt',
          reason: `Image "${node.url}" has no alt text`,
          fix: `describe it: ![what it shows](${node.url}), or mark it ![](${node.url} "${DECORATIVE}")`,
          place: node.position,
        });
      }
      if (node.title === DECORATIVE) node.title = null;
      if (isRemote(node.url)) return;
      if (!node.url.startsWith('/')) {
        reportError(file, {
          ruleId: 'image-path',
          reason: `Image path "${node.url}" is relative`,
          fix: 'put the image in public/ (e.g. public/figures/) and write its path from the site root: /figures/name.png',
          place: node.position,
        });
      } else if (!existsSync(join(resolve('public'), decodeURI(node.url.split(/[?#]/)[0]!)))) {
        reportError(file, {
          ruleId: 'image-missing',
          reason: `Image file not found: public${node.url}`,
          fix: 'add the file, or correct the path',
          place: node.position,
        });
      }
    });
  };
}
