import { readFile, stat } from 'node:fs/promises';
import sharp, { type Metadata } from 'sharp';
import { parseSvg } from './svg-element.ts';

/** An image format sharp can read (`jpeg`, `png`, `webp`, `gif`, `svg`, `heif` for AVIF/HEIC, …). */
export type ImageFormat = Metadata['format'];

/** The facts a page needs about an image to lay it out before it loads. */
export interface ImageInfo {
  /** Width in pixels as displayed (after EXIF rotation); for SVG, in CSS pixels. */
  width: number;
  /** Height in pixels as displayed. */
  height: number;
  format: ImageFormat;
}

/** What can be wrong with an image file, as a rule id of the content checks. */
export type ImageRule = 'image-missing' | 'image-unreadable' | 'image-no-size';

/** An image that cannot be used, with what to do about it. */
export class ImageInfoError extends Error {
  override name = 'ImageInfoError';
  /** Stable rule id. */
  readonly ruleId: ImageRule;
  /** The image path as given. */
  readonly path: string;
  /** What the lecturer can do. */
  readonly fix: string;

  constructor(ruleId: ImageRule, path: string, message: string, fix: string) {
    super(message);
    this.ruleId = ruleId;
    this.path = path;
    this.fix = fix;
  }
}

// sharp's reasons start with its own wording ("Input file contains …"); the first line is the useful part.
const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0]!;

/** An SVG without width/height or viewBox has no size of its own (librsvg would report its drawing's extent). */
async function assertSvgHasSize(path: string): Promise<void> {
  const { properties } = parseSvg(await readFile(path, 'utf8'));
  if (properties.viewBox || (properties.width && properties.height)) return;
  throw new ImageInfoError('image-no-size', path, `SVG "${path}" has no size: no viewBox and no width and height`, 'add a viewBox to its <svg> element, e.g. viewBox="0 0 1600 900"');
}

/**
 * Width, height and format of a local image, read with sharp. Raster images
 * are decoded (at a fraction of their size, fast even for a 12-megapixel
 * photo) so a truncated or damaged file is caught here, not by a reader.
 * Throws ImageInfoError for a missing, unreadable or size-less image.
 */
export async function imageInfo(path: string): Promise<ImageInfo> {
  const file = await stat(path).catch(() => undefined);
  if (!file?.isFile()) {
    const what = file ? `"${path}" is a folder, not an image file` : `Image file not found: ${path}`;
    throw new ImageInfoError('image-missing', path, what, 'add the file, or correct the path (it is relative to the lecture file)');
  }
  const unreadable = (error: unknown) =>
    new ImageInfoError('image-unreadable', path, `Cannot read "${path}" as an image: ${reasonOf(error)}`, 'export it again as PNG, JPEG, WebP or SVG; the file may be damaged or not an image');
  let metadata: Metadata;
  try {
    metadata = await sharp(path).metadata();
    if (metadata.format !== 'svg') await sharp(path).resize(64, 64, { fit: 'inside' }).toBuffer();
  } catch (error) {
    throw unreadable(error);
  }
  if (metadata.format === 'svg') await assertSvgHasSize(path);
  return { width: metadata.autoOrient.width, height: metadata.autoOrient.height, format: metadata.format };
}
