/**
 * The real course (content/) as whole processes, side by side: the
 * independent floor, `lecture-site check` and `lecture-site build`, warm
 * (the caches of the last build present) and cold (no Astro cache folder:
 * diagrams drawn, pictures made, every lecture compiled), and Marp on the
 * same published decks. Rounds take one sample of each in turn, so a burst
 * of load from elsewhere falls on all of them; medians are compared.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { convertCourse, runMarp } from './anchors.ts';
import { ASTRO_CACHE, build, clearAstroCache, median, runCli } from './builds.ts';
import { measure, type Measurement } from './run.ts';
/** What a warm check may reuse from the build, removed for the uncached check (diagrams and image facts stay). */
const COMPILE_CACHE = join(ASTRO_CACHE, 'lecture-site', 'build');

/** Medians and every sample, in seconds, of one command. */
export interface Timing {
  median: number;
  samples: number[];
}

/** The real course's figures: each a whole process, medians of `runs` rounds. */
export interface RealCourseTimings {
  runs: number;
  /** Published lectures (the decks Marp builds) and lecture files (what floor, check and build read). */
  decks: number;
  lectureFiles: number;
  floor: Timing;
  checkWarm: Timing;
  /** The check with diagrams and image facts cached but no compiled lecture to reuse. */
  checkUncached: Timing;
  checkCold: Timing;
  buildWarm: Timing;
  buildCold: Timing;
  marp?: Timing;
}

const timing = (samples: number[]): Timing => ({ median: Number(median(samples).toFixed(3)), samples: samples.map((s) => Number(s.toFixed(3))) });

/** Lecture files of a course that are not drafts: the decks a reader gets. */
export function publishedLectureFiles(contentDir: string): string[] {
  return readdirSync(join(contentDir, 'lectures')).filter((name) => /\.q?md$/i.test(name)).sort()
    .filter((name) => !/^draft:\s*true\s*$/m.test(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(contentDir, 'lectures', name), 'utf8'))?.[1] ?? ''));
}

/** Seconds of a run that must succeed. */
async function seconds(run: Promise<Measurement>, what: string): Promise<number> {
  const result = await run;
  if (!result.ok) throw new Error(`${what} failed:\n${result.output.slice(-1500)}`);
  return result.seconds;
}

/**
 * Measure the real course `runs` times round by round. `work` holds the
 * build output and Marp's decks; `withMarp` when Marp is installed.
 */
export async function measureRealCourse(contentDir: string, work: string, runs = 5, withMarp = true, log = (_: string) => {}): Promise<RealCourseTimings> {
  const outDir = join(work, 'real-dist');
  const published = publishedLectureFiles(contentDir);
  const { marpDir } = convertCourse(contentDir, join(work, 'real-anchors'), published);
  const samples: Record<Exclude<keyof RealCourseTimings, 'runs' | 'decks' | 'lectureFiles'>, number[]> = {
    floor: [], checkWarm: [], checkUncached: [], checkCold: [], buildWarm: [], buildCold: [], marp: [],
  };
  const check = () => seconds(runCli(['check', '--content', contentDir]), 'lecture-site check');
  const built = () => seconds(build(contentDir, outDir), 'lecture-site build');
  for (let round = 1; round <= runs; round++) {
    log(`real course, round ${round} of ${runs}…`);
    samples.floor.push(await seconds(measure(process.execPath, ['scripts/bench/floor.ts', contentDir]), 'the floor'));
    clearAstroCache();
    samples.checkCold.push(await check());
    clearAstroCache();
    samples.buildCold.push(await built());
    samples.buildWarm.push(await built());
    samples.checkWarm.push(await check());
    rmSync(COMPILE_CACHE, { recursive: true, force: true });
    samples.checkUncached.push(await check());
    if (withMarp) samples.marp.push(await seconds(runMarp(marpDir), 'Marp'));
  }
  // Leave the caches as a warm build has them.
  await built();
  return {
    runs, decks: published.length, lectureFiles: readdirSync(join(contentDir, 'lectures')).filter((name) => /\.q?md$/i.test(name)).length,
    floor: timing(samples.floor), checkWarm: timing(samples.checkWarm), checkUncached: timing(samples.checkUncached),
    checkCold: timing(samples.checkCold), buildWarm: timing(samples.buildWarm), buildCold: timing(samples.buildCold),
    ...(withMarp ? { marp: timing(samples.marp) } : {}),
  };
}
