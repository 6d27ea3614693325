import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import { stringifyEntities } from 'stringify-entities';
import { IMAGE_SLOT_ATTRIBUTE, type ImageSlotKind } from '../model/image-slots.ts';

/** Widths a picture is made in: a phone, a reading column at 1× and 2×, and a full-HD slide. */
const WIDTHS = [480, 960, 1440, 1920];

/** The widths to make of an image: those it is wider than, and its own width up to a slide's. */
function widthsOf(image: ImageMetadata): number[] {
  const largest = Math.min(image.width, WIDTHS.at(-1)!);
  return [...WIDTHS.filter((width) => width < largest), largest];
}

/** One URL (or `srcset` list) of an image, made by Astro's image service (sharp) and emitted with the build. */
async function imageUrl(image: ImageMetadata, kind: ImageSlotKind): Promise<string> {
  if (kind === 'original') return image.src;
  const widths = widthsOf(image);
  const format = kind === 'avif' ? 'avif' : 'webp';
  const made = await getImage({ src: image, width: widths.at(-1), widths, format });
  return kind === 'fallback' ? made.src : made.srcSet.attribute;
}

/**
 * A compiled lecture's HTML with its image slots (src/model/image-slots.ts)
 * filled with the URLs Astro's image service gives its images: `images` is
 * the lecture entry's `images`, in slot order. Each URL is made once, even
 * when the deck and the notes both ask for it.
 */
export async function withLectureImages(html: string, images: readonly ImageMetadata[]): Promise<string> {
  if (images.length === 0) return html;
  const wanted = new Map<string, Promise<string>>();
  for (const [, , index, kind] of html.matchAll(IMAGE_SLOT_ATTRIBUTE)) {
    const key = `${index}:${kind}`;
    const image = images[Number(index)];
    if (!image) throw new Error(`The compiled lecture names image ${index}, which its entry does not have; build again.`);
    if (!wanted.has(key)) wanted.set(key, imageUrl(image, kind as ImageSlotKind));
  }
  const urls = new Map(await Promise.all([...wanted].map(async ([key, url]) => [key, await url] as const)));
  return html.replace(IMAGE_SLOT_ATTRIBUTE, (_, attribute: string, index: string, kind: string) =>
    ` ${attribute}="${stringifyEntities(urls.get(`${index}:${kind}`)!, { subset: ['"', '&'] })}"`);
}
