import { execFileSync } from 'node:child_process';

/** A PDF page as poppler's pdftoppm renders it: its size in pixels and its RGB bytes, row by row. */
export interface PagePicture {
  width: number;
  height: number;
  rgb: Buffer;
}

/** Render one page (1-based) of a PDF with pdftoppm as a binary PPM (a header, then RGB bytes): what a printed page shows. */
export function pagePicture(pdf: string, pageNumber: number, dpi = 40): PagePicture {
  const ppm = execFileSync('pdftoppm', ['-f', String(pageNumber), '-l', String(pageNumber), '-r', String(dpi), '-singlefile', pdf], { maxBuffer: 64 * 1024 * 1024 });
  // Header: "P6", width, height, maxval, each followed by whitespace.
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 50).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not write a PPM image');
  return { width: Number(header[1]), height: Number(header[2]), rgb: ppm.subarray(header[0].length) };
}

/** Count a PDF page's pixels of a colour family. */
export function countPixels(pdf: string, pageNumber: number, matches: (r: number, g: number, b: number) => boolean): number {
  const { rgb } = pagePicture(pdf, pageNumber);
  let count = 0;
  for (let index = 0; index + 2 < rgb.length; index += 3) {
    if (matches(rgb[index]!, rgb[index + 1]!, rgb[index + 2]!)) count += 1;
  }
  return count;
}

/** Where two pictures of one size differ: how many pixels, and the box around them (undefined when none do). */
export function pictureDifference(a: PagePicture, b: PagePicture): { count: number; box?: { left: number; top: number; right: number; bottom: number } } {
  if (a.width !== b.width || a.height !== b.height) throw new Error(`the pages differ in size: ${a.width}×${a.height} and ${b.width}×${b.height}`);
  let count = 0;
  const box = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
  for (let pixel = 0; pixel < a.width * a.height; pixel++) {
    const at = pixel * 3;
    if (a.rgb[at] === b.rgb[at] && a.rgb[at + 1] === b.rgb[at + 1] && a.rgb[at + 2] === b.rgb[at + 2]) continue;
    count += 1;
    const [x, y] = [pixel % a.width, Math.floor(pixel / a.width)];
    Object.assign(box, { left: Math.min(box.left, x), top: Math.min(box.top, y), right: Math.max(box.right, x), bottom: Math.max(box.bottom, y) });
  }
  return count === 0 ? { count } : { count, box };
}

/** A strong red, as the red pen draws. */
export const isRed = (r: number, g: number, b: number) => r > 170 && g < 90 && b < 90;
