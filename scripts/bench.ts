/**
 * `npm run bench [-- --full] [--no-anchors] [--only piece,…]`: build synthetic
 * courses of 10×40 and 40×40 slides (and 125×40 with --full) against the
 * independent floor (scripts/bench/floor.ts) and Marp and Slidev on the same
 * decks; the real course (content/) as whole processes — floor, check and
 * build warm and cold, Marp — with a warm compile of Lecture 2 alone; the
 * cost of figures (cold and cached); a lecture of 30 code cells run and
 * frozen; `npm run dev` from save to screen; search latency, page weight and
 * PDF speed. Writes bench/results.md and bench/results.json. Ratios, measured
 * side by side in one run, are the point. `--only` runs some pieces (sizes,
 * executed, figures, real, lecture, dev, site) and prints what they measured,
 * writing no results file.
 */
import { cpus } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { installAnchors } from './bench/anchors.ts';
import { coldBuild, runCli } from './bench/builds.ts';
import { measureDevEdit } from './bench/dev-edit.ts';
import { measureExecuted } from './bench/executed.ts';
import { measureFigures } from './bench/figures.ts';
import { writeCourse } from './bench/generate.ts';
import { measureLectureCompile } from './bench/lecture-compile.ts';
import { measureRealCourse } from './bench/real-course.ts';
import { resultsMarkdown, type Results } from './bench/report.ts';
import { searchLatency } from './bench/search-latency.ts';
import { measureSize } from './bench/sizes.ts';
import { folderSize, htmlSize, pageWeight } from './bench/weight.ts';

const WORK = resolve('bench/scratch');
const REAL_COURSE = 'content';
/** The real lecture timed alone and edited in `npm run dev`. */
const REAL_LECTURE = '02-ml-basics.md';
const PIECES = ['sizes', 'executed', 'figures', 'real', 'lecture', 'dev', 'site'] as const;
type Piece = (typeof PIECES)[number];

const argv = process.argv.slice(2);
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1]?.split(',') : undefined;
const unknown = only?.filter((piece) => !PIECES.includes(piece as Piece));
if (only && (only.length === 0 || unknown!.length > 0)) {
  console.error(`bench: --only takes pieces among ${PIECES.join(', ')}${unknown?.length ? ` (not ${unknown.join(', ')})` : ''}`);
  process.exit(2);
}
const runs = (piece: Piece) => !only || only.includes(piece);
const sizes = [[10, 40], [40, 40], ...(argv.includes('--full') ? [[125, 40]] : [])] as [number, number][];
const withAnchors = !argv.includes('--no-anchors');
const log = (line: string) => console.log(`bench: ${line}`);
const round = (value: number, digits = 2) => Number(value.toFixed(digits));

/** Edit → visible in `npm run dev`: the 40-slide synthetic lecture, then the real Lecture 2 (both inside the project, where the dev server's watcher sees them). */
async function devEdits() {
  const contentDir = join(WORK, 'dev-course');
  writeCourse(contentDir, 1, 40);
  log('dev server: edit → visible, 40-slide synthetic lecture…');
  const synthetic = await measureDevEdit(contentDir, '01-lecture-1.md');
  log(`dev server: edit → visible, the real ${REAL_LECTURE}…`);
  return { synthetic, real: await measureDevEdit(REAL_COURSE, REAL_LECTURE) };
}

/** The built real course in dist/ (cold, as `npm run build`): PDFs, search latency, page weight. */
async function realSite() {
  log('real course: build into dist/, PDFs, page weight, search…');
  const built = await coldBuild(REAL_COURSE, 'dist');
  if (!built.ok) throw new Error(`the real course did not build:\n${built.output.slice(-1500)}`);
  const pdf = await runCli(['pdf']);
  const pdfPages = [...pdf.output.matchAll(/(\d+) pages/g)].reduce((sum, match) => sum + Number(match[1]), 0);
  const search = await searchLatency('dist', ['exascale', 'Turing', 'neuron', 'gradient', 'kernel']);
  const site = { distBytes: folderSize('dist'), searchIndexBytes: folderSize('dist/pagefind'), htmlBytes: htmlSize('dist') };
  return {
    pdfSeconds: round(pdf.seconds), pdfPages, pdfSecondsPerPage: round(pdf.seconds / Math.max(1, pdfPages), 3),
    search,
    deckWeight: pageWeight('dist', 'slides/01-introduction'), notesWeight: pageWeight('dist', 'notes/01-introduction'),
    ...site, searchIndexOverHtml: round(site.searchIndexBytes / site.htmlBytes),
  };
}

async function main(): Promise<void> {
  mkdirSync(WORK, { recursive: true });
  const needsAnchors = withAnchors && (runs('sizes') || runs('real'));
  const anchorProblems = needsAnchors ? (log('installing Marp and Slidev into bench/scratch/anchors…'), await installAnchors()) : {};
  const anchors = { marp: needsAnchors && !anchorProblems.marp, slidev: needsAnchors && !anchorProblems.slidev };
  const measured: Partial<Results> = {};
  if (runs('sizes')) {
    measured.sizes = [];
    for (const size of sizes) measured.sizes.push(await measureSize(WORK, size, anchors, log));
    const [small, large] = measured.sizes;
    if (large) Object.assign(measured, { linearity: round(large.buildSeconds / small!.buildSeconds), contentRatio: large.slides / small!.slides });
  }
  if (runs('executed')) {
    log('executed code: 30 small cells, run cold, then built from their freeze…');
    measured.executed = await measureExecuted(WORK, coldBuild, runCli);
  }
  if (runs('figures')) measured.figures = await measureFigures(WORK, log);
  if (runs('real')) measured.realTimings = await measureRealCourse(REAL_COURSE, WORK, 5, anchors.marp, log);
  if (runs('lecture')) {
    log(`real course: a warm compile of ${REAL_LECTURE} alone…`);
    measured.lectureCompile = await measureLectureCompile(REAL_COURSE, REAL_LECTURE);
  }
  if (runs('dev')) measured.devEdit = await devEdits();
  if (runs('site')) measured.realSite = await realSite();
  if (only) {
    console.log(JSON.stringify(measured, null, 2));
    return;
  }
  const json = { date: new Date().toISOString(), cores: cpus().length, node: process.version, anchorProblems, ...measured } as Results;
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/results.json', `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync('bench/results.md', resultsMarkdown(json));
  log('wrote bench/results.md and bench/results.json');
}

main().catch((error: Error) => {
  console.error(`bench failed: ${error.message}`);
  process.exit(1);
});
