/** The synthetic courses: one cold full build each against the floor, Marp and Slidev on the same decks. */
import { join } from 'node:path';
import { convertCourse, runMarp, runSlidev } from './anchors.ts';
import { buildPhases, coldBuild } from './builds.ts';
import { writeCourse } from './generate.ts';
import type { SizeRow } from './report.ts';
import { measure, type Measurement } from './run.ts';

/** Slidev takes one process per deck: at most this many decks are built, and the time scaled to the course. */
const SLIDEV_DECKS = 10;
const round = (value: number, digits = 2) => Number(value.toFixed(digits));

/** Which anchors are installed. */
export interface AnchorsReady {
  marp: boolean;
  slidev: boolean;
}

/** Measure the `lectures`×`slidesEach` course in `work`: the floor, the cold full build, then the anchors. */
export async function measureSize(work: string, [lectures, slidesEach]: [number, number], anchors: AnchorsReady, log: (line: string) => void): Promise<SizeRow> {
  const size = `${lectures}x${slidesEach}`;
  const slides = lectures * slidesEach;
  const contentDir = join(work, size);
  writeCourse(contentDir, lectures, slidesEach);
  log(`${size}: floor…`);
  const floor = await measure(process.execPath, ['scripts/bench/floor.ts', contentDir]);
  log(`${size}: full build (compile + astro + search index)…`);
  const build = await coldBuild(contentDir, join(work, `${size}-dist`));
  if (!build.ok) throw new Error(`the ${size} build failed:\n${build.output.slice(-1500)}`);
  let marp: Measurement | undefined;
  let slidev: Measurement | undefined;
  let slidevDecksBuilt: number | undefined;
  if (anchors.marp || anchors.slidev) {
    const { marpDir, slidevDecks } = convertCourse(contentDir, join(work, `${size}-anchors`));
    if (anchors.marp) {
      log(`${size}: Marp…`);
      marp = await runMarp(marpDir);
    }
    if (anchors.slidev) {
      const sample = slidevDecks.slice(0, SLIDEV_DECKS);
      log(`${size}: Slidev (${sample.length} of ${slidevDecks.length} decks)…`);
      const built = await runSlidev(sample);
      slidev = { ...built, seconds: (built.seconds * slidevDecks.length) / sample.length };
      slidevDecksBuilt = sample.length;
    }
  }
  return {
    size, slides, decks: lectures,
    buildSeconds: round(build.seconds), buildPeakMiB: Math.round(build.peakMiB), phases: buildPhases(build.output),
    floorSeconds: round(floor.seconds), msPerSlide: round((build.seconds * 1000) / slides, 1), buildOverFloor: round(build.seconds / floor.seconds),
    marpSeconds: marp && round(marp.seconds), oursOverMarp: marp?.ok ? round(build.seconds / marp.seconds) : undefined,
    slidevSeconds: slidev && round(slidev.seconds), slidevDecksBuilt, oursOverSlidev: slidev?.ok ? round(build.seconds / slidev.seconds) : undefined,
  };
}
