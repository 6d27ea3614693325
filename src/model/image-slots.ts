/**
 * How a compiled lecture leaves its local images for the pages to fill in.
 * The compile knows an image's size but not the URLs Astro's image service
 * gives it (they exist only inside the Astro build), so it writes an
 * attribute value naming the image and the URL wanted, and the page puts in
 * the URL from `getImage()` (src/collection/lecture-images.ts).
 */

/** Which URL of an image an attribute wants. */
export type ImageSlotKind =
  /** The file as it is (an SVG or a GIF, which are not converted). */
  | 'original'
  /** One WebP at the width the page shows it at most, for `src`. */
  | 'fallback'
  /** WebP at several widths, for `srcset`. */
  | 'webp'
  /** AVIF at several widths, for a `<source srcset>`. */
  | 'avif';

/** A local image a compiled lecture shows, named as Astro's `image()` reads it. */
export interface LectureImage {
  /** Path from the lecture file (`figures/map.png`). */
  src: string;
}

const PREFIX = 'lecture-image:';

/** The attribute value that stands for one URL of the lecture's image number `index`. */
export function imageSlot(index: number, kind: ImageSlotKind): string {
  return `${PREFIX}${index}:${kind}`;
}

/** A `src` or `srcset` attribute holding a slot, as the HTML serialiser writes it. */
export const IMAGE_SLOT_ATTRIBUTE = new RegExp(` (src|srcset)="${PREFIX}(\\d+):(original|fallback|webp|avif)"`, 'g');
