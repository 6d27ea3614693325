/**
 * Worker thread of the content check: checks its share of the lectures with
 * a pipeline of its own and posts the results back (see `check-pool.ts`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createLectureChecker, type CheckerOptions, type LectureSource } from './check-lectures.ts';

const { sources, options } = workerData as { sources: LectureSource[]; options: CheckerOptions };
const checkLecture = await createLectureChecker(options);
const checks = [];
for (const source of sources) checks.push(await checkLecture(source));
parentPort!.postMessage(checks);
