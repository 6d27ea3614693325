/**
 * `npm run build [-- --outDir DIR] [--strict] [--execute]`: build the site with Astro. The
 * output folder is replaced only when every phase (pages, search index)
 * succeeded, so it is always the previous site or the new one, and one build
 * of the project runs at a time (src/build/staged-output.ts). The lecture
 * loader compiles every lecture and stops the build, naming each problem's
 * file:line, when the content has errors. `--execute` first runs the code
 * cells whose outputs are not frozen yet (a failing cell stops it before Astro).
 */
import { resolve } from 'node:path';
import { failureReason } from '../src/build/failure-reason.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
if (process.argv.includes('--strict')) process.env.LECTURE_SITE_STRICT = '1';
const outDirFlag = process.argv.indexOf('--outDir');
const outDir = resolve(outDirFlag > 0 ? process.argv[outDirFlag + 1]! : 'dist');

/** The one line a failed build ends with; the previous site stays as it was. */
const failed = (reason: string) => console.error(`build failed: ${reason} (${outDir} is unchanged)`);

// Astro takes a moment to load: an interruption before anything is written still says what happened.
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const early = (signal: NodeJS.Signals) => {
  failed(`interrupted (${signal})`);
  process.exit(130);
};
for (const signal of SIGNALS) process.on(signal, early);
if (process.argv.includes('--execute')) {
  // Loaded only when asked for, like Astro below: the signal handlers are in place first.
  const { executeCourse } = await import('../src/execute/execute-course.ts');
  const { reportExecution } = await import('../src/execute/report-execution.ts');
  if (!reportExecution(await executeCourse(), { skipped: false })) {
    failed('a code cell could not run');
    process.exit(1);
  }
}
const { build } = await import('astro');
const { stagedOutput } = await import('../src/build/staged-output.ts');
for (const signal of SIGNALS) process.off(signal, early);

try {
  const started = performance.now();
  // Astro writes into a staging folder inside the project, so it resolves its packages from there whatever outDir is.
  await stagedOutput('npm run build', outDir, (staging) => build({ root: process.cwd(), outDir: staging }), (signal) => failed(`interrupted (${signal})`));
  console.log(`phase: astro ${((performance.now() - started) / 1000).toFixed(2)} s`);
} catch (error) {
  failed(failureReason(error));
  process.exit(1);
}
