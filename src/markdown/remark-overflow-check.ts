import type { Image, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { reportWarning } from './diagnostics.ts';
import { isImageProblem, locateImage, type ImageFiles } from './image-files.ts';
import { isSlide, type SlideNode } from './slide-node.ts';
import { FRAME_HEIGHT, MIN_PICTURE_HEIGHT, SLIDE_WIDTH, slideContentHeight, type PictureSize } from './slide-height.ts';

/** Room a slide with pictures keeps at its foot for the slide number (deck-figures.css). */
const PICTURE_SLIDE_FOOT = 56;

/** An image's natural size from its file's facts; SVGs of the course folder are vector (put into the page, free to grow). */
function sizeOf(image: Image, images: ImageFiles): PictureSize | undefined {
  const location = locateImage(image.url);
  if (location.kind !== 'local' && location.kind !== 'public') return undefined;
  const file = images.get(location.key);
  if (!file || isImageProblem(file)) return undefined;
  return { width: file.width, height: file.height, vector: file.svg !== undefined };
}

function hasPictures(slide: SlideNode): boolean {
  let found = false;
  visit(slide, (node) => {
    found ||= node.type === 'image' || node.type === 'diagram';
  });
  return found;
}

/**
 * Warn, at the slide's line, when its content is likely to overflow the 16:9
 * frame, so the lecturer finds out at build time rather than in the lecture.
 * Pictures shrink into the height the text leaves them, so each counts at
 * its real size (from its file, or its drawing) but no more than a height
 * still worth showing.
 */
export default function remarkOverflowCheck(options: { images: ImageFiles }) {
  return (tree: Root, file: VFile) => {
    const layout = { width: SLIDE_WIDTH, pictureSize: (image: Image) => sizeOf(image, options.images) };
    for (const slide of tree.children) {
      if (!isSlide(slide)) continue;
      const height = slideContentHeight(slide, layout);
      const pictures = hasPictures(slide);
      const room = FRAME_HEIGHT - (pictures ? PICTURE_SLIDE_FOOT : 0);
      if (height <= room) continue;
      const heading = slide.children.find((child) => child.type === 'heading');
      const title = heading ? `"${toString(heading)}"` : 'without a title';
      const counted = pictures ? `, counting each picture at no more than ${MIN_PICTURE_HEIGHT} px` : '';
      reportWarning(file, {
        ruleId: 'slide-overflow',
        reason: `Slide ${title} may overflow the 16:9 frame (about ${Math.round(height)} of ${room} px${counted})`,
        fix: pictures ? 'split it with --- or ##, or move text into :::notes so its pictures have room' : 'split it with --- or ##, or move detail into :::notes',
        place: slide.children[0]?.position,
      });
    }
  };
}
