import type { Root, RootContent } from 'mdast';
import type { Node, Position } from 'unist';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { frameName } from '../model/slide-frame.ts';
import { type CourseDeckLayout, lectureDeckLayout } from './deck-layout.ts';
import { reportWarning } from './diagnostics.ts';
import type { ImageFiles } from './image-files.ts';
import { SCROLL_BOX_CLASS } from './remark-slide-fit.ts';
import { isSlide, type SlideNode } from './slide-node.ts';
import { MIN_PICTURE_HEIGHT, slideContentHeight, stackHeight } from './slide-height.ts';

function hasPictures(slide: SlideNode): boolean {
  let found = false;
  visit(slide, (node) => {
    found ||= node.type === 'image' || node.type === 'diagram';
  });
  return found;
}

/** Where a node stands: its own position, or (a cell or output, made by a plugin) its first part's. */
function placeOf(node: Node): Position | undefined {
  let found = node.position;
  visit(node, (child) => {
    found ??= child.position;
  });
  return found;
}

/** The blocks of a slide put in a box that scrolls (remark-slide-fit), each where it stands (an output: where its cell does). */
function scrollBoxes(slide: SlideNode): { block: RootContent; place?: Position }[] {
  const boxes: { block: RootContent; place?: Position }[] = [];
  visit(slide, 'blockElement', (node, _index, parent) => {
    if (!(node.data.hProperties.className as string[] | undefined)?.includes(SCROLL_BOX_CLASS)) return;
    const place = placeOf(node) ?? (parent && placeOf(parent));
    for (const block of node.children) boxes.push({ block, ...(place && { place }) });
  });
  return boxes;
}

/**
 * Warn, at the slide's line, when its content is likely to overflow its frame (16:9 unless the
 * course or lecture says), so the lecturer finds out at build time rather than in the lecture;
 * and, at the block, when a slide holds a block too tall for it, which scrolls there
 * (remark-slide-fit). Pictures shrink into the height the text leaves them, so each counts at its
 * real size (from its file, or its drawing) but no more than a height still worth showing.
 */
export default function remarkOverflowCheck(options: { images: ImageFiles; course?: CourseDeckLayout }) {
  return (tree: Root, file: VFile) => {
    const { frame, room, layout, paginate } = lectureDeckLayout(file, options.images, options.course);
    for (const slide of tree.children) {
      if (!isSlide(slide)) continue;
      const heading = slide.children.find((child) => child.type === 'heading');
      const title = heading ? `"${toString(heading)}"` : 'without a title';
      const [box] = scrollBoxes(slide);
      if (box) {
        reportWarning(file, {
          ruleId: 'slide-overflow',
          reason: `Slide ${title} holds a block too tall for the ${frameName(frame)} frame (about ${Math.round(stackHeight([box.block], layout))} px): it scrolls on the slide`,
          fix: 'shorten it, or cut it in two (two cells, two tables), or move it into :::notes',
          place: box.place ?? slide.position?.start,
        });
      }
      const height = slideContentHeight(slide, layout);
      if (height <= room) continue;
      const pictures = hasPictures(slide);
      const counted = pictures ? `, counting each picture at no more than ${MIN_PICTURE_HEIGHT} px` : '';
      const advice = pictures ? 'split it with --- or ##, or move text into :::notes so its pictures have room' : 'split it with --- or ##, or move detail into :::notes';
      reportWarning(file, {
        ruleId: 'slide-overflow',
        reason: `Slide ${title} may overflow the ${frameName(frame)} frame (about ${Math.round(height)} of ${room} px${counted})`,
        fix: paginate ? advice : `${advice}, or let it continue on the next slide (paginate: true)`,
        place: slide.position?.start ?? slide.children[0]?.position,
      });
    }
  };
}
