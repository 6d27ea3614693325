import type { Element, Properties, Root } from 'hast';
import { walkElements } from './hast-walk.ts';
import type { VFile } from 'vfile';
import { sanitizeSvg } from '../cells/sanitize-svg.ts';
import { imageSlot, type LectureImage } from '../model/image-slots.ts';
import { documentFolder, isImageProblem, locateImage, type ImageFacts, type ImageFiles } from './image-files.ts';

declare module 'vfile' {
  interface DataMap {
    /** The local images the compiled HTML leaves for the pages to fill in, by slot number (src/model/image-slots.ts). */
    lectureImages: LectureImage[];
  }
}

/** What a slide shows an image at, at most: the frame's width, so a 1920-pixel projector gets a sharp picture. */
export const SLIDE_IMAGE_SIZES = '100vw';

/** The properties an image keeps when it becomes a `<picture>` or an inline `<svg>`: how the author asked to show it. */
function kept({ className, style, dataCredit }: Properties): Properties {
  return Object.fromEntries(Object.entries({ className, style, dataCredit }).filter(([, value]) => value !== undefined));
}

/** A raster image as a `<picture>`: AVIF and WebP at several widths, in slots the page fills with Astro's URLs. */
function picture(image: Element, slot: number): Element {
  const sizes = SLIDE_IMAGE_SIZES;
  const source: Element = {
    type: 'element', tagName: 'source', children: [],
    properties: { type: 'image/avif', srcSet: imageSlot(slot, 'avif'), sizes },
  };
  const img: Element = {
    type: 'element', tagName: 'img', children: [],
    properties: { ...image.properties, src: imageSlot(slot, 'fallback'), srcSet: imageSlot(slot, 'webp'), sizes },
  };
  return { type: 'element', tagName: 'picture', properties: {}, children: [source, img] };
}

/**
 * One of the course's own SVGs put into the page, sanitised (no script, no
 * style, nothing fetched), so its text is set in the page's fonts (an SVG
 * in `<img>` cannot use them). Named by the image's alt text; ids prefixed.
 */
function inlineSvg(image: Element, facts: ImageFacts & { svg: string }, prefix: string): Element | undefined {
  const svg = sanitizeSvg(facts.svg, prefix);
  if (!svg) return undefined;
  const alt = String(image.properties.alt ?? '').trim();
  const { className, style, ...rest } = kept(image.properties);
  Object.assign(svg.properties, rest, {
    width: facts.width,
    height: facts.height,
    className: ['figure-svg', ...(Array.isArray(className) ? className.map(String) : [])],
    // Its natural width, which diagrams.css keeps it to on a reading page and lets it grow past on a slide.
    style: [`--figure-width: ${facts.width}px`, style].filter(Boolean).join('; '),
  });
  if (alt) Object.assign(svg.properties, { role: 'img', ariaLabel: alt });
  else Object.assign(svg.properties, { ariaHidden: 'true' });
  return svg;
}

/**
 * Every image a lecture shows gets its width and height (so nothing shifts
 * while it loads) and decodes off the main thread. Images of `public/` keep
 * their URL; images of the course folder go through Astro's image service:
 * raster images as AVIF/WebP `<picture>`s at several widths, GIFs and large
 * SVGs as they are, and SVGs up to 150 KB inline. The slots the pages fill
 * are listed in `file.data.lectureImages`.
 */
export default function rehypeImages(options: { images: ImageFiles }) {
  return (tree: Root, file: VFile) => {
    const slots = new Map<string, number>();
    const lectureImages: LectureImage[] = [];
    let inlined = 0;
    const slotOf = (src: string) => {
      if (!slots.has(src)) slots.set(src, lectureImages.push({ src }) - 1);
      return slots.get(src)!;
    };
    walkElements(tree, (node, index, parent) => {
      if (node.tagName !== 'img' || !parent || index === undefined) return;
      const location = locateImage(String(node.properties.src ?? ''), documentFolder(file));
      if (location.kind !== 'local' && location.kind !== 'public') return;
      const facts = options.images.get(location.key);
      // A missing or unreadable file was reported by remark-image-checks.
      if (!facts || isImageProblem(facts)) return;
      Object.assign(node.properties, { width: facts.width, height: facts.height, decoding: 'async' });
      if (location.kind === 'public') return;
      const svg = facts.svg === undefined ? undefined : inlineSvg(node, { ...facts, svg: facts.svg }, `figure-svg-${++inlined}-`);
      if (svg) {
        parent.children[index] = svg;
        return 'skip';
      }
      const slot = slotOf(location.fromLecture);
      if (facts.format === 'svg' || facts.format === 'gif') {
        node.properties.src = imageSlot(slot, 'original');
        return;
      }
      parent.children[index] = picture(node, slot);
      return 'skip';
    });
    file.data.lectureImages = lectureImages;
  };
}
