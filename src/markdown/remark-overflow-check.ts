import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { reportWarning } from './diagnostics.ts';
import { isSlide } from './slide-node.ts';
import { FRAME_HEIGHT, slideContentHeight } from './slide-height.ts';

/**
 * Warn, at the slide's line, when its content is likely to overflow the 16:9
 * frame, so the lecturer finds out at build time rather than in the lecture.
 */
export default function remarkOverflowCheck() {
  return (tree: Root, file: VFile) => {
    for (const slide of tree.children) {
      if (!isSlide(slide)) continue;
      const height = slideContentHeight(slide);
      if (height <= FRAME_HEIGHT) continue;
      const heading = slide.children.find((child) => child.type === 'heading');
      const title = heading ? `"${toString(heading)}"` : 'without a title';
      reportWarning(file, {
        ruleId: 'slide-overflow',
        reason: `Slide ${title} may overflow the 16:9 frame (about ${Math.round(height)} of ${FRAME_HEIGHT} px)`,
        fix: 'split it with --- or ##, or move detail into :::notes',
        place: slide.children[0]?.position,
      });
    }
  };
}
