import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { reportError } from './diagnostics.ts';
import { mediaProblem } from './media-url.ts';
import { isSlide } from './slide-node.ts';
import { MEDIA_PROPERTIES } from './slide-attributes.ts';
import type { SiteFiles } from './site-files.ts';

/** What each media property is called in messages. */
const NAMES: Record<(typeof MEDIA_PROPERTIES)[number], string> = {
  dataBackgroundImage: 'Background image',
  dataBackgroundVideo: 'Background video',
  dataBackgroundIframe: 'Background page',
};

/**
 * A slide's background image, video or page must be a file of the site:
 * remote or missing ones are errors at the slide's line, and are left out.
 */
export default function remarkSlideMedia(options: { siteFiles: SiteFiles }) {
  return (tree: Root, file: VFile) => {
    for (const slide of tree.children) {
      if (!isSlide(slide)) continue;
      const properties = slide.data.hProperties;
      for (const name of MEDIA_PROPERTIES) {
        const url = properties[name];
        const problem = typeof url === 'string' ? mediaProblem(url, options.siteFiles, NAMES[name]) : undefined;
        if (!problem) continue;
        reportError(file, { ...problem, place: { line: Number(properties.dataSourceLine ?? 1), column: 1 } });
        // Reported once: the HTML policy, which checks every URL of the page, does not see it again.
        delete properties[name];
      }
    }
  };
}
