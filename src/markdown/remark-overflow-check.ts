import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { frameName } from '../model/slide-frame.ts';
import { type CourseDeckLayout, lectureDeckLayout } from './deck-layout.ts';
import { reportWarning } from './diagnostics.ts';
import type { ImageFiles } from './image-files.ts';
import { isSlide, type SlideNode } from './slide-node.ts';
import { MIN_PICTURE_HEIGHT, slideContentHeight, slideScale, stackHeight, type SlideLayout } from './slide-height.ts';

/** The class of a slide laid out to fit its frame: its code, outputs and tables shrink and scroll (deck-fit.css). */
export const SLIDE_FIT_CLASS = 'slide-fit';

function hasPictures(slide: SlideNode): boolean {
  let found = false;
  visit(slide, (node) => {
    found ||= node.type === 'image' || node.type === 'diagram';
  });
  return found;
}

/** Blocks that scroll in a box of their own on a slide laid out to fit (deck-fit.css): code, cells and their outputs, tables. */
const SCROLLING = new Set(['code', 'cell', 'cellOutput', 'table']);

/** The first block of the slide that scrolls, taller than the room even with only the title beside it. */
function tallScrollingBlock(slide: SlideNode, layout: SlideLayout, room: number): RootContent | undefined {
  const [first, ...rest] = slide.children;
  const title = first?.type === 'heading' ? [first] : [];
  const blocks = title.length > 0 ? rest : slide.children;
  return blocks.find((block) => SCROLLING.has(block.type) && stackHeight([...title, block], layout) * slideScale(slide) > room);
}

function addClass(slide: SlideNode, name: string): void {
  const classes = slide.data.hProperties.className as string[];
  if (!classes.includes(name)) classes.push(name);
}

/**
 * A slide whose content is likely taller than its frame (once the slides are cut and outputs
 * moved) is laid out to fit, so nothing runs off it or under the slide number: it gets
 * `slide-fit`, whose code blocks, outputs and tables give up height and scroll. It is also a
 * warning at the slide's line, so the lecturer finds out at build time rather than in the lecture.
 * Pictures shrink into the height the text leaves them, so each counts at its real size (from its
 * file, or its drawing) but no more than a height still worth showing.
 */
export default function remarkOverflowCheck(options: { images: ImageFiles; course?: CourseDeckLayout }) {
  return (tree: Root, file: VFile) => {
    const { frame, room, layout, paginate } = lectureDeckLayout(file, options.images, options.course);
    for (const slide of tree.children) {
      if (!isSlide(slide)) continue;
      const height = slideContentHeight(slide, layout);
      if (height <= room) continue;
      addClass(slide, SLIDE_FIT_CLASS);
      const heading = slide.children.find((child) => child.type === 'heading');
      const title = heading ? `"${toString(heading)}"` : 'without a title';
      const pictures = hasPictures(slide);
      const about = `about ${Math.round(height)} of ${room} px${pictures ? `, counting each picture at no more than ${MIN_PICTURE_HEIGHT} px` : ''}`;
      const tall = tallScrollingBlock(slide, layout, room);
      const advice = pictures ? 'split it with --- or ##, or move text into :::notes so its pictures have room' : 'split it with --- or ##, or move detail into :::notes';
      reportWarning(file, tall
        ? {
            ruleId: 'slide-overflow',
            reason: `Slide ${title} holds a block taller than the ${frameName(frame)} frame (${about}): it scrolls on the slide`,
            fix: 'shorten the block, or cut it in two (a cell, a table), or move it into :::notes',
            place: tall.position,
          }
        : {
            ruleId: 'slide-overflow',
            reason: `Slide ${title} may overflow the ${frameName(frame)} frame (${about})`,
            fix: paginate ? advice : `${advice}, or let it continue on the next slide (paginate: true)`,
            place: slide.position?.start ?? slide.children[0]?.position,
          });
    }
  };
}
