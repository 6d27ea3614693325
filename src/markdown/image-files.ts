import { posix } from 'node:path';
import type { DiagnosticInput } from './diagnostics.ts';
import { sitePathOf } from './site-files.ts';

/** What the compile knows of a usable image file, read before it runs (src/course-files/image-files.ts). */
export interface ImageFacts {
  /** Width in pixels as displayed (CSS pixels for SVG). */
  width: number;
  /** Height in pixels as displayed. */
  height: number;
  /** sharp's name of the format: `png`, `jpeg`, `webp`, `gif`, `svg`, `heif` (AVIF), `tiff`. */
  format: string;
  /** The source of an SVG of the course folder small enough to put into the page (so its text takes the page's fonts). */
  svg?: string;
}

/** An image file that cannot be shown, with what to do about it. */
export interface ImageProblem {
  problem: Pick<DiagnosticInput, 'ruleId' | 'reason' | 'fix'>;
}

/** What is known of one image file. */
export type ImageFile = ImageFacts | ImageProblem;

/**
 * The image files a lecture may show, by key: a file of the course folder by
 * its path in that folder (`lectures/figures/map.png`), a file of `public/`
 * by its site path (`/figures/map.png`).
 */
export type ImageFiles = ReadonlyMap<string, ImageFile>;

/** Where an image a lecture names is, or why it cannot be anywhere. */
export type ImageLocation =
  /** A file of the course folder: its key, and its path from the lecture file (as Astro's `image()` resolves it). */
  | { kind: 'local'; key: string; fromLecture: string }
  /** A file of `public/`, served as it is. */
  | { kind: 'public'; key: string }
  /** Another site's image. */
  | { kind: 'remote' }
  /** A path that leaves the course folder (or, from the site root, the site's files). */
  | { kind: 'outside' }
  /** A path with a malformed %-escape. */
  | { kind: 'undecodable' };

/** File extensions of the formats a page can show and Astro's image service can read. */
export const IMAGE_EXTENSIONS: ReadonlySet<string> = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.svg', '.tif', '.tiff']);

/** Whether a path names a file in one of those formats. */
export function hasImageExtension(path: string): boolean {
  return IMAGE_EXTENSIONS.has(posix.extname(path).toLowerCase());
}

/** The folder of the course folder a lecture (`lectures`) or a course page (`pages`) lives in: its relative image paths start there. */
export function documentFolder(file: { data: { documentKind?: 'page' } }): string {
  return file.data.documentKind === 'page' ? 'pages' : 'lectures';
}

/** Whether a URL names another site (`https://…`, `//host/…`, `data:…`). */
export function isRemoteUrl(url: string): boolean {
  return /^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith('//');
}

/** Where the image at `url`, written in a lecture (or a page: `folder` is `pages`), is. */
export function locateImage(url: string, folder = 'lectures'): ImageLocation {
  if (isRemoteUrl(url)) return { kind: 'remote' };
  const path = sitePathOf(url);
  if (path === undefined) return { kind: 'undecodable' };
  if (path.startsWith('/')) return path.split('/').includes('..') ? { kind: 'outside' } : { kind: 'public', key: path };
  const key = posix.normalize(posix.join(folder, path));
  if (key.startsWith('../') || key === '..') return { kind: 'outside' };
  return { kind: 'local', key, fromLecture: posix.relative(folder, key) };
}

/** Whether what is known of an image file is a problem. */
export function isImageProblem(file: ImageFile): file is ImageProblem {
  return 'problem' in file;
}
