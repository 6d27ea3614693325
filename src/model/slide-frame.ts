import type { Aspect } from '../schemas/course.ts';
import type { LectureData } from '../schemas/lecture.ts';
import { QUARTO_SLIDE_SIZE } from '../schemas/quarto.ts';

/** A deck's slide frame in its logical pixels, the ones the theme, the overflow estimate and drawn strokes use. */
export interface SlideFrame {
  width: number;
  height: number;
}

/**
 * Every deck is 1920 logical pixels wide whatever its shape: the theme's type sizes, the overflow
 * estimate's line lengths and Quarto's `.absolute` positions stay as they are, and a 4:3 deck has
 * more lines a slide, not larger type.
 */
export const SLIDE_WIDTH = 1920;

const ASPECT_SIZES: Record<Aspect, { width: number; height: number }> = {
  '16:9': { width: 16, height: 9 },
  '4:3': { width: 4, height: 3 },
  '16:10': { width: 16, height: 10 },
};

/** A frame of the deck's width with the shape of `width` × `height`. */
function frameShaped({ width, height }: { width: number; height: number }): SlideFrame {
  return { width: SLIDE_WIDTH, height: Math.round((SLIDE_WIDTH * height) / width) };
}

/**
 * The frame of a lecture's deck: the shape its Quarto `format: revealjs:` `width:` and `height:` give
 * (1024 × 768 stays 4:3), else the course's `aspect`.
 */
export function slideFrameOf(aspect: Aspect, lecture?: Pick<LectureData, 'format'>): SlideFrame {
  const quarto = typeof lecture?.format === 'object' && typeof lecture.format.revealjs === 'object' ? lecture.format.revealjs : undefined;
  if (quarto?.width !== undefined || quarto?.height !== undefined) {
    return frameShaped({ width: quarto.width ?? QUARTO_SLIDE_SIZE.width, height: quarto.height ?? QUARTO_SLIDE_SIZE.height });
  }
  return frameShaped(ASPECT_SIZES[aspect]);
}

/** How a frame is named in messages: `16:9` for the course's shapes, else its size. */
export function frameName(frame: SlideFrame): string {
  const named = Object.entries(ASPECT_SIZES).find(([, size]) => frameShaped(size).height === frame.height);
  return named ? named[0] : `${frame.width}×${frame.height}`;
}
