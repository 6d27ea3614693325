import type { Parent, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { blockElement } from './block-element.ts';
import { type CourseDeckLayout, lectureDeckLayout } from './deck-layout.ts';
import type { ImageFiles } from './image-files.ts';
import { canScroll } from './slide-cut.ts';
import { codeBlockHeight, slideContentHeight, stackHeight, type SlideLayout } from './slide-height.ts';
import { isSlide } from './slide-node.ts';

/** The class of a slide laid out to fit its frame: a column whose scroll boxes give up height (deck-fit.css). */
export const SLIDE_FIT_CLASS = 'slide-fit';

/** The class of a block's box that scrolls on its slide. */
export const SCROLL_BOX_CLASS = 'slide-scroll';

/** The least height a scroll box is counted at: about four lines of code. */
const SCROLL_BOX_HEIGHT = codeBlockHeight('\n\n\n');

/** A block that may scroll, where it stands. */
interface Candidate {
  parent: Parent;
  node: RootContent;
  height: number;
}

/**
 * The blocks of a slide that may scroll on their own (code, outputs, tables), on the slide or in its
 * cells and steps, tallest first; those no taller than a box are no help.
 */
function candidatesOf(parent: Parent, layout: SlideLayout): Candidate[] {
  const found = parent.children.flatMap((node): Candidate[] => {
    if (!canScroll(node)) return [];
    if (node.type === 'cell' || node.type === 'fragment') return candidatesOf(node, layout);
    const height = stackHeight([node], layout);
    return height > SCROLL_BOX_HEIGHT ? [{ parent, node, height }] : [];
  });
  return found.sort((a, b) => b.height - a.height);
}

/** Put a block in a box of its own that scrolls, counted at the box's least height. */
function boxIn({ parent, node }: Candidate): void {
  const box = blockElement('div', { className: [SCROLL_BOX_CLASS] }, [node]);
  Object.assign(box.data, { slideHeight: SCROLL_BOX_HEIGHT });
  parent.children.splice(parent.children.indexOf(node), 1, box as never);
}

/**
 * A slide still too tall for its frame once it is cut (or as written, when not paginated) is laid
 * out to fit: its tallest code blocks, outputs and tables, one by one until the rest fits, each
 * go into a box that scrolls (`slide-scroll`), and the slide gets `slide-fit`, which makes it a
 * column of the frame's height where those boxes give up height (src/styles/deck-fit.css). So
 * nothing runs off a slide or under its slide number; the overflow check after it says so.
 */
export default function remarkSlideFit(options: { images: ImageFiles; course?: CourseDeckLayout }) {
  return (tree: Root, file: VFile) => {
    const { room, layout } = lectureDeckLayout(file, options.images, options.course);
    for (const slide of tree.children) {
      if (!isSlide(slide) || slideContentHeight(slide, layout) <= room) continue;
      const candidates = candidatesOf(slide, layout);
      for (const candidate of candidates) {
        boxIn(candidate);
        if (slideContentHeight(slide, layout) <= room) break;
      }
      if (candidates.length > 0) (slide.data.hProperties.className as string[]).push(SLIDE_FIT_CLASS);
    }
  };
}
