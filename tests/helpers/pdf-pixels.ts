import { execFileSync } from 'node:child_process';

/**
 * Count a PDF page's pixels of a colour family, rendered by poppler's pdftoppm
 * as a binary PPM (a header, then RGB bytes): what a printed page shows.
 */
export function countPixels(pdf: string, pageNumber: number, matches: (r: number, g: number, b: number) => boolean): number {
  const ppm = execFileSync('pdftoppm', ['-f', String(pageNumber), '-l', String(pageNumber), '-r', '40', '-singlefile', pdf], { maxBuffer: 64 * 1024 * 1024 });
  // Header: "P6", width, height, maxval, each followed by whitespace.
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 50).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not write a PPM image');
  let count = 0;
  for (let index = header[0].length; index + 2 < ppm.length; index += 3) {
    if (matches(ppm[index]!, ppm[index + 1]!, ppm[index + 2]!)) count += 1;
  }
  return count;
}

/** A strong red, as the red pen draws. */
export const isRed = (r: number, g: number, b: number) => r > 170 && g < 90 && b < 90;
