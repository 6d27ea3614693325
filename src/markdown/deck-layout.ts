import type { Image } from 'mdast';
import type { VFile } from 'vfile';
import { slideFrameOf, SLIDE_WIDTH, type SlideFrame } from '../model/slide-frame.ts';
import { DECK_LAYOUT_DEFAULTS, type Course } from '../schemas/course.ts';
import { isImageProblem, locateImage, type ImageFiles } from './image-files.ts';
import type {} from './lecture-file.ts';
import { slideRoom, type PictureSize, type SlideLayout } from './slide-height.ts';

/** What course.yaml says of every deck's layout. */
export type CourseDeckLayout = Pick<Course, 'aspect' | 'paginate'>;

/** How one lecture's deck is laid out, for the plugins that cut and fit its slides. */
export interface LectureDeckLayout {
  /** The slide frame, in logical pixels. */
  frame: SlideFrame;
  /** The height a slide's content may take (the frame but its foot). */
  room: number;
  /** Whether a slide too tall for the frame continues on the next slide. */
  paginate: boolean;
  /** The estimate's layout of a whole slide, which knows each picture's size. */
  layout: SlideLayout;
}

/** An image's natural size from its file's facts; SVGs of the course folder are vector (put into the page, free to grow). */
function sizeOf(image: Image, images: ImageFiles): PictureSize | undefined {
  const location = locateImage(image.url);
  if (location.kind !== 'local' && location.kind !== 'public') return undefined;
  const file = images.get(location.key);
  if (!file || isImageProblem(file)) return undefined;
  return { width: file.width, height: file.height, vector: file.svg !== undefined };
}

/**
 * The layout of the lecture in `file`: the frame of its shape (its Quarto size, else the course's
 * aspect), and pagination as its frontmatter says, else as the course says; a lecture whose slides
 * all scroll (Quarto's `scrollable: true`) is not paginated.
 */
export function lectureDeckLayout(file: VFile, images: ImageFiles, course: CourseDeckLayout = DECK_LAYOUT_DEFAULTS): LectureDeckLayout {
  const lecture = file.data.lectureData;
  const frame = slideFrameOf(course.aspect, lecture);
  return {
    frame,
    room: slideRoom(frame),
    paginate: lecture?.paginate ?? (lecture?.scrollable !== true && course.paginate),
    layout: { width: SLIDE_WIDTH, pictureSize: (image) => sizeOf(image, images) },
  };
}
