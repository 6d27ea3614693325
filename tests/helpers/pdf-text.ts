import { execFileSync } from 'node:child_process';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

/** Text of one page (1-based) or of the whole file, by poppler's pdftotext, in reading layout. */
export function pdfText(file: string, pageNumber?: number): string {
  const range = pageNumber ? ['-f', String(pageNumber), '-l', String(pageNumber)] : [];
  return execFileSync('pdftotext', ['-layout', ...range, file, '-'], { encoding: 'utf8' });
}

/** Whitespace collapsed, for finding phrases however lines broke. */
export const words = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A word poppler found on a page, with its box in points (origin top left). */
export interface PdfWord {
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
}

/** Every page's width and words with their glyph boxes (pdftotext -bbox). */
export function pdfWordBoxes(file: string): { width: number; words: PdfWord[] }[] {
  const tree = fromHtml(execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
  return selectAll('page', tree).map((page) => ({
    width: Number(page.properties.width),
    words: selectAll('word', page).map((word) => ({ text: toString(word), xMin: Number(word.properties.xmin), xMax: Number(word.properties.xmax), yMin: Number(word.properties.ymin) })),
  }));
}

/** Fraction of a page's pixels (rendered by pdftoppm at 20 dpi) close to the colour `rgb`. */
export function colourShare(file: string, pageNumber: number, rgb: [number, number, number]): number {
  const ppm = execFileSync('pdftoppm', ['-r', '20', '-f', String(pageNumber), '-l', String(pageNumber), file]);
  const pixels = ppm.subarray(ppm.indexOf('255\n') + 4); // binary P6 after the header "P6\nW H\n255\n"
  let close = 0;
  for (let index = 0; index < pixels.length; index += 3) {
    if (rgb.every((value, channel) => Math.abs(pixels[index + channel]! - value) < 40)) close++;
  }
  return close / (pixels.length / 3);
}
