/**
 * `npm run bench [-- --full] [--no-anchors]`: build synthetic courses of 10×40
 * and 40×40 slides (and 125×40 with --full), against the pipeline's floor
 * and against Marp and Slidev on the same decks, the cost of figures (the
 * 10×40 course with pictures and diagrams, cold and cached), a lecture of 30
 * code cells run and frozen against the same lecture not run, plus page
 * weight, search latency and PDF speed of the real course. Writes
 * bench/results.md and bench/results.json. Ratios, measured side by side in
 * one run, are the point.
 */
import { cpus } from 'node:os';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { convertCourse, installAnchors, runMarp, runSlidev } from './bench/anchors.ts';
import { measureExecuted } from './bench/executed.ts';
import { writeFigureCourse, type FigureCounts } from './bench/figures.ts';
import { writeCourse } from './bench/generate.ts';
import { measureDevEdit } from './bench/dev-edit.ts';
import { resultsMarkdown, type Results } from './bench/report.ts';
import { measure, type Measurement } from './bench/run.ts';
import { searchLatency } from './bench/search-latency.ts';
import { folderSize, htmlSize, pageWeight } from './bench/weight.ts';

const WORK = resolve('bench/scratch');
const sizes = [[10, 40], [40, 40], ...(process.argv.includes('--full') ? [[125, 40]] : [])] as [number, number][];
const withAnchors = !process.argv.includes('--no-anchors');
const node = process.execPath;
const log = (line: string) => console.log(`bench: ${line}`);
const round = (value: number, digits = 2) => Number(value.toFixed(digits));
/** Slidev takes one process per deck: at most this many decks are built, and the time scaled to the course. */
const SLIDEV_DECKS = 10;
/** Astro keeps rendered Markdown between builds: every measured build starts without it. */
const clearAstroCache = () => rmSync('node_modules/.astro', { recursive: true, force: true });
/** The lecture-site command's entry point: `node CLI build …` is what `npm run build` runs. */
const CLI = 'src/cli/bin.js';
const ENV = { ASTRO_TELEMETRY_DISABLED: '1' };
/** `lecture-site build` of a course folder into `outDir`, as node's arguments. */
const buildArgs = (contentDir: string, outDir: string) => [CLI, 'build', '--content', contentDir, '--out', outDir];
const coldBuild = (contentDir: string, outDir: string) => {
  clearAstroCache();
  return measure(node, buildArgs(contentDir, outDir), ENV);
};

interface SizeResult {
  size: string;
  slides: number;
  build: Measurement;
  floor: Measurement;
  marp?: Measurement;
  slidev?: Measurement;
  /** Decks Slidev built (the rest are scaled from them). */
  slidevDecks?: number;
}

async function measureSize([lectures, slidesEach]: [number, number], anchorsReady: { marp: boolean; slidev: boolean }): Promise<SizeResult> {
  const size = `${lectures}x${slidesEach}`;
  const contentDir = join(WORK, size);
  writeCourse(contentDir, lectures, slidesEach);
  log(`${size}: floor…`);
  const floor = await measure(node, ['scripts/bench/floor.ts', contentDir], ENV);
  log(`${size}: full build (compile + astro + search index)…`);
  const build = await coldBuild(contentDir, join(WORK, `${size}-dist`));
  if (!build.ok) throw new Error(`the ${size} build failed:\n${build.output.slice(-1500)}`);
  const result: SizeResult = { size, slides: lectures * slidesEach, build, floor };
  if (withAnchors) {
    const { marpDir, slidevDecks } = convertCourse(contentDir, join(WORK, `${size}-anchors`));
    if (anchorsReady.marp) { log(`${size}: Marp…`); result.marp = await runMarp(marpDir); }
    if (anchorsReady.slidev) {
      const sample = slidevDecks.slice(0, SLIDEV_DECKS);
      log(`${size}: Slidev (${sample.length} of ${slidevDecks.length} decks)…`);
      const built = await runSlidev(sample);
      result.slidev = { ...built, seconds: (built.seconds * slidevDecks.length) / sample.length };
      result.slidevDecks = sample.length;
    }
  }
  return result;
}

/** Seconds of each phase of a build, from its log: the loader's compile line and the `phase:` lines. */
function buildPhases(output: string): Record<string, number> {
  const compile = /compiled \d+ of \d+ lectures in ([\d.]+) s/.exec(output);
  return Object.fromEntries([
    ...(compile ? [['compile', Number(compile[1])]] : []),
    ...[...output.matchAll(/^phase: (\w+) ([\d.]+) s$/gm)].map((match) => [match[1]!, Number(match[2])]),
  ]);
}

/** Pictures and diagrams per lecture of the figure course. */
const FIGURE_COUNTS: FigureCounts = { diagrams: 20, images: 40 };

/** A course built twice into one folder: from nothing (no Astro cache: no drawn diagrams, no made images), then again. */
async function coldAndCached(contentDir: string, outDir: string): Promise<{ cold: Measurement; cached: Measurement }> {
  const cold = await coldBuild(contentDir, outDir);
  const cached = await measure(node, buildArgs(contentDir, outDir), ENV);
  for (const run of [cold, cached]) if (!run.ok) throw new Error(`the build of ${contentDir} failed:\n${run.output.slice(-1500)}`);
  return { cold, cached };
}

/** What pictures and diagrams cost: the 10×40 course with them against the same course without, cold and cached. */
async function measureFigures() {
  const [lectures, slides] = [10, 40];
  const plainDir = join(WORK, 'figures-plain');
  const figureDir = join(WORK, 'figures');
  writeCourse(plainDir, lectures, slides);
  log(`figures: making ${FIGURE_COUNTS.images * lectures} pictures…`);
  await writeFigureCourse(figureDir, lectures, slides, FIGURE_COUNTS);
  log('figures: the course without them, cold and cached…');
  const plain = await coldAndCached(plainDir, join(WORK, 'figures-plain-dist'));
  log(`figures: with ${FIGURE_COUNTS.diagrams} diagrams and ${FIGURE_COUNTS.images} pictures a lecture, cold and cached…`);
  const figures = await coldAndCached(figureDir, join(WORK, 'figures-dist'));
  return {
    size: `${lectures}x${slides}`, diagramsPerLecture: FIGURE_COUNTS.diagrams, imagesPerLecture: FIGURE_COUNTS.images,
    plainColdSeconds: round(plain.cold.seconds), plainCachedSeconds: round(plain.cached.seconds),
    coldSeconds: round(figures.cold.seconds), cachedSeconds: round(figures.cached.seconds),
    coldOverPlain: round(figures.cold.seconds / plain.cold.seconds), cachedOverPlain: round(figures.cached.seconds / plain.cached.seconds),
    coldPeakMiB: Math.round(figures.cold.peakMiB), coldPhases: buildPhases(figures.cold.output), cachedPhases: buildPhases(figures.cached.output),
  };
}

/** Edit → visible in `astro dev` for one 40-slide lecture (inside the project, so the dev server's watcher sees it). */
async function devEdit() {
  const contentDir = join(WORK, 'dev-course');
  writeCourse(contentDir, 1, 40);
  return measureDevEdit(contentDir, '01-lecture-1.md');
}

async function main(): Promise<void> {
  mkdirSync(WORK, { recursive: true });
  const anchorProblems = withAnchors ? (log('installing Marp and Slidev into bench/scratch/anchors…'), await installAnchors()) : {};
  const anchorsReady = { marp: withAnchors && !anchorProblems.marp, slidev: withAnchors && !anchorProblems.slidev };
  const results: SizeResult[] = [];
  for (const size of sizes) results.push(await measureSize(size, anchorsReady));
  log('executed code: 30 small cells, run cold, then built from their freeze…');
  const executed = await measureExecuted(WORK, coldBuild, (args) => measure(node, [CLI, ...args], ENV));
  const figures = await measureFigures();

  log('real course: build, PDFs, page weight, search…');
  clearAstroCache();
  const real = await measure('npm', ['run', 'build']);
  const pdf = await measure('npm', ['run', 'pdf']);
  const pdfPages = [...pdf.output.matchAll(/(\d+) pages/g)].reduce((sum, match) => sum + Number(match[1]), 0);
  const latency = await searchLatency('dist', ['exascale', 'Turing', 'neuron']);
  log('dev server: edit → visible…');
  const edit = await devEdit();
  const deckWeight = pageWeight('dist', 'slides/01-introduction');
  const notesWeight = pageWeight('dist', 'notes/01-introduction');
  const site = { distBytes: folderSize('dist'), searchIndexBytes: folderSize('dist/pagefind'), htmlBytes: htmlSize('dist') };

  const json: Results = {
    date: new Date().toISOString(), cores: cpus().length, node: process.version, anchorProblems,
    sizes: results.map((r) => ({
      size: r.size, slides: r.slides, decks: Number(r.size.split('x')[0]),
      buildSeconds: round(r.build.seconds), buildPeakMiB: Math.round(r.build.peakMiB), buildOk: r.build.ok,
      phases: buildPhases(r.build.output),
      floorSeconds: round(r.floor.seconds),
      msPerSlide: round((r.build.seconds * 1000) / r.slides, 1),
      buildOverFloor: round(r.build.seconds / r.floor.seconds),
      marpSeconds: r.marp && round(r.marp.seconds), marpOk: r.marp?.ok,
      slidevSeconds: r.slidev && round(r.slidev.seconds), slidevOk: r.slidev?.ok, slidevDecksBuilt: r.slidevDecks,
      oursOverMarp: r.marp?.ok ? round(r.build.seconds / r.marp.seconds) : undefined,
      oursOverSlidev: r.slidev?.ok ? round(r.build.seconds / r.slidev.seconds) : undefined,
    })),
    executed,
    figures,
    linearity: results.length > 1 ? round(results[1]!.build.seconds / results[0]!.build.seconds) : undefined,
    contentRatio: results.length > 1 ? results[1]!.slides / results[0]!.slides : undefined,
    realCourse: { buildSeconds: round(real.seconds), pdfSeconds: round(pdf.seconds), pdfPages, pdfSecondsPerPage: round(pdf.seconds / Math.max(1, pdfPages), 3),
      searchLatencyMs: latency, devEditMs: edit.medianMs, devEditSamplesMs: edit.samplesMs, deckWeight, notesWeight, ...site, searchIndexOverHtml: round(site.searchIndexBytes / site.htmlBytes) },
  };
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/results.json', `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync('bench/results.md', resultsMarkdown(json));
  console.table(json.sizes.map(({ size, slides, buildSeconds, floorSeconds, buildOverFloor, msPerSlide, oursOverMarp, oursOverSlidev }) =>
    ({ size, slides, buildSeconds, floorSeconds, buildOverFloor, msPerSlide, oursOverMarp, oursOverSlidev })));
  log('wrote bench/results.md and bench/results.json');
}

main().catch((error: Error) => {
  console.error(`bench failed: ${error.message}`);
  process.exit(1);
});
