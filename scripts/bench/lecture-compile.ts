/**
 * A warm compile of one real lecture, in-process: the course folder read
 * once, the lecture compiled once to warm up (KaTeX, Shiki and its languages,
 * citeproc), then `COMPILES` more times. The only benchmark piece besides the
 * build that uses the project's compile core, because it times that core.
 * `node scripts/bench/lecture-compile.ts <contentDir> <lecture file>` prints
 * `{"medianMs":…,"samplesMs":[…]}`.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { median } from './builds.ts';

/** Compiles timed after the warm-up. */
const COMPILES = 10;

/** Milliseconds of each warm compile of one lecture, and their median. */
export interface LectureCompileTiming {
  lecture: string;
  slides: number;
  medianMs: number;
  samplesMs: number[];
}

async function timeCompiles(contentDir: string, lectureFile: string): Promise<LectureCompileTiming> {
  const { readCourseFolder } = await import('../../src/course-files/read-course.ts');
  const { compileLecture } = await import('../../src/compile/compile-lecture.ts');
  const folder = await readCourseFolder({ contentDir });
  const source = folder.sources.find((candidate) => candidate.path === join(contentDir, 'lectures', lectureFile));
  if (!folder.context || !source) throw new Error(`no lecture ${lectureFile} in ${contentDir}, or its course.yaml is invalid`);
  const { context } = folder;
  // compileLecture keeps one compiler per context: every compile after the first is warm.
  const compile = (lecture: typeof source) => compileLecture(lecture, context);
  const { slides } = await compile(source);
  const samplesMs: number[] = [];
  for (let run = 0; run < COMPILES; run++) {
    const started = performance.now();
    await compile(source);
    samplesMs.push(Math.round(performance.now() - started));
  }
  return { lecture: lectureFile, slides: slides.length, medianMs: median(samplesMs), samplesMs };
}

/** Time the warm compiles of a lecture in a fresh Node process (nothing else of the benchmark loaded in it). */
export function measureLectureCompile(contentDir: string, lectureFile: string): Promise<LectureCompileTiming> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [new URL(import.meta.url).pathname, contentDir, lectureFile], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(output) as LectureCompileTiming) : reject(new Error(`the lecture compile exited with ${code}`))));
  });
}

if (import.meta.main) {
  const [contentDir = 'content', lectureFile = '02-ml-basics.md'] = process.argv.slice(2);
  console.log(JSON.stringify(await timeCompiles(contentDir, lectureFile)));
}
