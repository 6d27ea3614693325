import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { copyCourse } from './build-run.ts';

/** The course with every image, figure, grid and diagram form (its large pictures are made by `figureFixture()`). */
export const FIGURE_FIXTURE = 'tests/fixtures/figures';

/** A noisy picture, which compresses like a photograph rather than a flat colour. */
function photo(width: number, height: number) {
  return sharp({ create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 120, sigma: 40 } } });
}

/** A flat picture with a band of the accent across it, like a chart. */
function chart(width: number, height: number) {
  const band = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect y="${height / 3}" width="${width}" height="${height / 3}" fill="#0b3d91"/></svg>`);
  return sharp({ create: { width, height, channels: 3, background: '#f3f5f9' } }).composite([{ input: band }]);
}

/** Two frames, for an animated GIF. */
async function blink(path: string): Promise<void> {
  const frame = (colour: string) => sharp({ create: { width: 200, height: 120, channels: 3, background: colour } }).raw().toBuffer();
  const frames = Buffer.concat([await frame('#0b3d91'), await frame('#b35900')]);
  await sharp(frames, { raw: { width: 200, height: 240, channels: 3, pageHeight: 120 } }).gif({ delay: [500, 500], loop: 0 }).toFile(path);
}

/**
 * A copy of the figure fixture with its pictures made here rather than
 * committed: a 4000×3000 photograph, a tall portrait, the 2154×1384
 * chart, a small picture, an animated GIF, and a picture of a shared folder.
 */
export async function figureFixture(): Promise<string> {
  const contentDir = copyCourse(FIGURE_FIXTURE);
  const figures = join(contentDir, 'lectures', 'figures');
  mkdirSync(join(contentDir, 'shared'), { recursive: true });
  await Promise.all([
    photo(4000, 3000).jpeg({ quality: 80 }).toFile(join(figures, 'photo.jpg')),
    photo(900, 2700).jpeg({ quality: 80 }).toFile(join(figures, 'portrait.jpg')),
    chart(2154, 1384).png().toFile(join(figures, 'wide.png')),
    chart(320, 200).png().toFile(join(figures, 'small.png')),
    blink(join(figures, 'blink.gif')),
    chart(400, 400).png().toFile(join(contentDir, 'shared', 'logo.png')),
  ]);
  return contentDir;
}
