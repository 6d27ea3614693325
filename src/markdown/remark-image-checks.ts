import { fromHtml } from 'hast-util-from-html';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { reportError, reportWarning } from './diagnostics.ts';
import { documentFolder, hasImageExtension, isImageProblem, locateImage, type ImageFiles } from './image-files.ts';
import type {} from './pandoc/types.ts';

/** Title that marks an image as decorative: `![](figures/line.svg "decorative")`. */
const DECORATIVE = 'decorative';

/** Why the file an image names cannot be shown, if it cannot. */
function fileProblem(url: string, images: ImageFiles, folder: string) {
  const location = locateImage(url, folder);
  if (location.kind === 'remote') return undefined;
  if (location.kind === 'outside') {
    return {
      ruleId: 'image-path',
      reason: `Image path "${url}" leaves the ${url.startsWith('/') ? 'site’s files' : 'course folder'}`,
      fix: 'put the image beside the lecture (e.g. lectures/figures/) and write its path from the lecture file: figures/name.png',
    };
  }
  if (location.kind === 'undecodable') {
    return { ruleId: 'image-path', reason: `Image path "${url}" has a % that does not start a valid escape`, fix: 'write % as %25, or rename the file' };
  }
  if (!hasImageExtension(location.key)) {
    return {
      ruleId: 'image-unreadable',
      reason: `"${url}" is not in an image format a page can show`,
      fix: 'export the picture as SVG, PNG, JPEG, WebP or AVIF',
    };
  }
  const file = images.get(location.key);
  if (!file) {
    const where = location.kind === 'public' ? `public${location.key}` : `${location.key} in the course folder`;
    return {
      ruleId: 'image-missing',
      reason: `Image file not found: ${where}`,
      fix: 'add the file, or correct the path (a relative path starts from the lecture file; /name.png is a file of public/)',
    };
  }
  return isImageProblem(file) ? file.problem : undefined;
}

/**
 * Images need alt text (or Quarto's `fig-alt`, or an explicit "decorative" title, removed from the
 * output) and a file that can be shown: beside the lecture (a path relative
 * to the lecture file, `figures/map.png`, anywhere in the course folder) or
 * in `public/` (`/figures/map.png`), readable and with a size. Each problem
 * is an error at the image's line (missing alt text a warning, when the course says so).
 */
export default function remarkImageChecks(options: { images: ImageFiles; missingAltText?: 'error' | 'warning' }) {
  // A course brought across from a book that had none may build while its alt text is written (course.yaml `missingAltText`).
  const reportAlt = options.missingAltText === 'warning' ? reportWarning : reportError;
  return (tree: Root, file: VFile) => {
    visit(tree, 'image', (node) => {
      // Quarto's `{fig-alt="…"}` is the picture's alt text.
      const figureAlt = node.data?.attributes?.values['fig-alt']?.trim();
      if (figureAlt) node.alt = figureAlt;
      if (!node.alt?.trim() && node.title !== DECORATIVE) {
        reportAlt(file, {
          ruleId: 'image-alt',
          reason: `Image "${node.url}" has no alt text`,
          fix: `describe it: ![what it shows](${node.url}), or mark it ![](${node.url} "${DECORATIVE}")`,
          place: node.position,
        });
      }
      if (node.title === DECORATIVE) node.title = null;
      const problem = fileProblem(node.url, options.images, documentFolder(file));
      if (problem) reportError(file, { ...problem, place: node.position });
    });
    // A picture written as raw HTML is held to the same rules: alt text (alt="" for a decorative one) and a file that can be shown.
    visit(tree, 'html', (node) => {
      if (!/<img\b/i.test(node.value)) return;
      visit(fromHtml(node.value, { fragment: true }), 'element', (element) => {
        if (element.tagName !== 'img') return;
        const src = String(element.properties.src ?? '');
        const place = { line: (node.position?.start.line ?? 1) + (element.position?.start.line ?? 1) - 1, column: node.position?.start.column ?? 1 };
        if (element.properties.alt === undefined) {
          reportAlt(file, { ruleId: 'image-alt', reason: `Image "${src}" (HTML) has no alt attribute`, fix: 'give it one: <img alt="what it shows" …> (alt="" when it only decorates)', place });
        }
        const problem = fileProblem(src, options.images, documentFolder(file));
        if (problem) reportError(file, { ...problem, place });
      });
    });
  };
}
