/**
 * `npm run execute [-- --force] [lecture ids…]`: run the Python cells of the course's lectures in a
 * Jupyter kernel (one per lecture) where their outputs are missing or stale in `content/_freeze/`,
 * and write the freeze files the build reads. `--force` runs every cell again. Exits 1 when a cell
 * raises or times out, or Python cannot start, naming the file:line.
 */
import { executeCourse } from '../src/execute/execute-course.ts';
import { reportExecution } from '../src/execute/report-execution.ts';

const args = process.argv.slice(2);
const lectures = args.filter((arg) => !arg.startsWith('--'));

try {
  const run = await executeCourse({ force: args.includes('--force'), ...(lectures.length > 0 ? { lectures } : {}) });
  process.exitCode = reportExecution(run, { skipped: true }) ? 0 : 1;
} catch (error) {
  console.error(`execute: could not run the cells: ${(error as Error).message}`);
  process.exitCode = 2;
}
