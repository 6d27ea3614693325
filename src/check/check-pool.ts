import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { createLectureChecker, type CheckerOptions, type LectureCheck, type LectureSource } from './check-lectures.ts';

/**
 * Below this much Markdown one thread is faster: each worker first spends
 * about half a second loading the pipeline (Shiki, KaTeX, citation styles).
 */
const PARALLEL_FROM_BYTES = 200_000;

/** How the lectures are shared out: `workers` threads (1: this thread). */
export interface PoolOptions extends CheckerOptions {
  /** Number of worker threads; by default one per core once the course is large enough. */
  workers?: number;
}

function defaultWorkers(sources: LectureSource[]): number {
  const bytes = sources.reduce((sum, source) => sum + source.bytes.length, 0);
  return bytes < PARALLEL_FROM_BYTES ? 1 : Math.min(availableParallelism(), sources.length);
}

function runWorker(sources: LectureSource[], options: CheckerOptions): Promise<LectureCheck[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./check-worker.ts', import.meta.url), { workerData: { sources, options } });
    worker.once('message', (checks: LectureCheck[]) => resolve(checks));
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`a check worker stopped with code ${code}`))));
  });
}

/**
 * Check every lecture, on several cores when the course is large: lectures
 * are dealt out in turn (similar sizes per thread) and results come back in
 * the order of `sources`.
 */
export async function checkLectures(sources: LectureSource[], { workers, ...options }: PoolOptions = {}): Promise<LectureCheck[]> {
  const threads = workers ?? defaultWorkers(sources);
  if (threads <= 1) {
    const checkLecture = await createLectureChecker(options);
    const checks: LectureCheck[] = [];
    for (const source of sources) checks.push(await checkLecture(source));
    return checks;
  }
  const shares = Array.from({ length: threads }, (_, thread) => sources.filter((_, index) => index % threads === thread));
  const results = await Promise.all(shares.map((share) => runWorker(share, options)));
  return sources.map((_, index) => results[index % threads]![Math.floor(index / threads)]!);
}
