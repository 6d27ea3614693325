/**
 * `npm run build [-- --outDir DIR] [--strict] [--execute]`: build the site with Astro. The
 * lecture loader compiles every lecture (and stops the build, naming each
 * problem's file:line, when the content has errors); the search index is
 * added once the pages are written. `--execute` first runs the code cells
 * whose outputs are not frozen yet (a failing cell stops it before Astro starts).
 */
import { resolve } from 'node:path';
import { build } from 'astro';
import { executeCourse } from '../src/execute/execute-course.ts';
import { reportExecution } from '../src/execute/report-execution.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
if (process.argv.includes('--strict')) process.env.LECTURE_SITE_STRICT = '1';
const outDirFlag = process.argv.indexOf('--outDir');
const outDir = resolve(outDirFlag > 0 ? process.argv[outDirFlag + 1]! : 'dist');

if (process.argv.includes('--execute') && !reportExecution(await executeCourse(), { skipped: false })) {
  console.error('build failed: a code cell could not run; nothing was built');
  process.exit(1);
}

try {
  const started = performance.now();
  await build({ root: process.cwd(), outDir });
  console.log(`phase: astro ${((performance.now() - started) / 1000).toFixed(2)} s`);
} catch (error) {
  console.error(`build failed: ${(error as Error).message}`);
  process.exit(1);
}
