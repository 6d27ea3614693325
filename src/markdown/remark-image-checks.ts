import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { reportError } from './diagnostics.ts';
import { sitePathOf, type SiteFiles } from './site-files.ts';

/** Title that marks an image as decorative: `![](/figures/line.svg "decorative")`. */
const DECORATIVE = 'decorative';

function isRemote(url: string): boolean {
  return /^[a-z]+:/i.test(url) || url.startsWith('//');
}

/**
 * Images need alt text (or an explicit "decorative" title, removed from the
 * output) and a file in `public/`, referenced from the site root so both views
 * and every base path find it; each problem is an error at the image's line.
 */
export default function remarkImageChecks(options: { siteFiles: SiteFiles }) {
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
        return;
      }
      const path = sitePathOf(node.url);
      if (path === undefined || !options.siteFiles.has(path)) {
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
