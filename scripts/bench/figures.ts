import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { buildPhases, coldAndCached } from './builds.ts';
import { random, writeCourse } from './generate.ts';
import type { Results } from './report.ts';

/** How many pictures and diagrams each lecture of the figure course shows. */
export interface FigureCounts {
  diagrams: number;
  images: number;
}

/** Every this-many pictures is a photograph (JPEG, noisy); the others are charts (PNG, flat). */
const PHOTO_EVERY = 8;

/** A picture of its own for each slide: a chart (bars in the accent) or a photograph. */
function picture(lecture: number, index: number, next: () => number) {
  if (index % PHOTO_EVERY === 0) {
    return sharp({ create: { width: 1600, height: 1200, channels: 3, background: { r: 90 + lecture, g: 110, b: 130 + index }, noise: { type: 'gaussian', mean: 128, sigma: 20 } } }).jpeg({ quality: 80 });
  }
  const bars = Array.from({ length: 8 }, (_, bar) => {
    const height = Math.round(100 + next() * 600);
    return `<rect x="${80 + bar * 130}" y="${750 - height}" width="90" height="${height}" fill="#0b3d91"/>`;
  }).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800"><rect width="1200" height="800" fill="#f3f5f9"/>${bars}</svg>`;
  return sharp(Buffer.from(svg)).png();
}

/** A small flowchart, different in every lecture and slide (so each is drawn once, as in a real course). */
function diagram(lecture: number, index: number): string {
  return [
    `\`\`\`{mermaid alt="Step ${index} of lecture ${lecture}: data, a model and a prediction"}`,
    'flowchart LR',
    `  data${index}[Data ${lecture}.${index}] --> model${index}[Model] --> prediction${index}[Prediction ${index}]`,
    '```',
  ].join('\n');
}

/**
 * The benchmark course of `lectures` × `slides` (the same text as
 * `writeCourse` with the same seed), with `images` pictures and `diagrams`
 * Mermaid diagrams per lecture added to its slides: the pictures are files
 * beside the lectures, every one different, made here with sharp.
 */
export async function writeFigureCourse(dir: string, lectures: number, slides: number, counts: FigureCounts): Promise<void> {
  writeCourse(dir, lectures, slides);
  const next = random(7);
  const lectureDir = join(dir, 'lectures');
  mkdirSync(join(lectureDir, 'figures'), { recursive: true });
  const files = readdirSync(lectureDir).filter((name) => name.endsWith('.md')).sort();
  for (const [index, name] of files.entries()) {
    const lecture = index + 1;
    let figure = 0;
    const text = readFileSync(join(lectureDir, name), 'utf8').replace(/\n:::notes\n/g, () => {
      figure += 1;
      const parts: string[] = [];
      for (let image = figure; image <= counts.images; image += slides) parts.push(`![Figure ${image} of lecture ${lecture}](figures/${lecture}-${image}.${image % PHOTO_EVERY === 0 ? 'jpg' : 'png'})`);
      for (let drawn = figure; drawn <= counts.diagrams; drawn += slides) parts.push(diagram(lecture, drawn));
      return `\n${parts.map((part) => `${part}\n\n`).join('')}:::notes\n`;
    });
    writeFileSync(join(lectureDir, name), text);
    for (let image = 1; image <= counts.images; image++) {
      await picture(lecture, image, next).toFile(join(lectureDir, 'figures', `${lecture}-${image}.${image % PHOTO_EVERY === 0 ? 'jpg' : 'png'}`));
    }
  }
}

/** Pictures and diagrams per lecture of the figure course. */
const FIGURE_COUNTS: FigureCounts = { diagrams: 20, images: 40 };
const round = (value: number) => Number(value.toFixed(2));

/** What pictures and diagrams cost: the 10×40 course with them against the same course without, cold and cached. */
export async function measureFigures(work: string, log: (line: string) => void): Promise<Results['figures']> {
  const [lectures, slides] = [10, 40];
  const plainDir = join(work, 'figures-plain');
  const figureDir = join(work, 'figures');
  writeCourse(plainDir, lectures, slides);
  log(`figures: making ${FIGURE_COUNTS.images * lectures} pictures…`);
  await writeFigureCourse(figureDir, lectures, slides, FIGURE_COUNTS);
  log('figures: the course without them, cold and cached…');
  const plain = await coldAndCached(plainDir, join(work, 'figures-plain-dist'));
  log(`figures: with ${FIGURE_COUNTS.diagrams} diagrams and ${FIGURE_COUNTS.images} pictures a lecture, cold and cached…`);
  const figures = await coldAndCached(figureDir, join(work, 'figures-dist'));
  return {
    size: `${lectures}x${slides}`, diagramsPerLecture: FIGURE_COUNTS.diagrams, imagesPerLecture: FIGURE_COUNTS.images,
    plainColdSeconds: round(plain.cold.seconds), plainCachedSeconds: round(plain.cached.seconds),
    coldSeconds: round(figures.cold.seconds), cachedSeconds: round(figures.cached.seconds),
    coldOverPlain: round(figures.cold.seconds / plain.cold.seconds), cachedOverPlain: round(figures.cached.seconds / plain.cached.seconds),
    coldPeakMiB: Math.round(figures.cold.peakMiB), coldPhases: buildPhases(figures.cold.output), cachedPhases: buildPhases(figures.cached.output),
  };
}
