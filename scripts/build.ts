/**
 * `npm run build [-- --outDir DIR]`: check the content (nothing is built if it
 * has errors), build the site with Astro, then index it for search.
 */
import { resolve } from 'node:path';
import { build } from 'astro';
import { checkCourse } from '../src/check/check-course.ts';
import { reportDiagnostics } from '../src/check/report.ts';
import { buildSearchIndex } from '../src/build/search-index.ts';
import { loadCourse } from '../src/lib/course.ts';
import { handoffCounts, handOverRender } from '../src/lib/render-handoff.ts';
import { basePath } from '../src/lib/site-config.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const outDirFlag = process.argv.indexOf('--outDir');
const outDir = resolve(outDirFlag > 0 ? process.argv[outDirFlag + 1]! : 'dist');

/** Seconds since `started`, for the phase lines the benchmark reads. */
const since = (started: number) => ((performance.now() - started) / 1000).toFixed(2);

try {
  const course = loadCourse();
  let started = performance.now();
  // The check renders every lecture exactly as Astro would and hands the renders over, so none is rendered twice.
  const diagnostics = await checkCourse(undefined, { base: basePath(course), onRender: handOverRender });
  if (!reportDiagnostics(diagnostics, process.argv.includes('--strict'))) {
    process.exit(1);
  }
  console.log(`phase: check ${since(started)} s`);
  started = performance.now();
  await build({ root: process.cwd(), outDir });
  console.log(`phase: astro ${since(started)} s`);
  const { handed, reused } = handoffCounts();
  console.log(`render: Astro reused ${reused} of the ${handed} lectures the check rendered`);
  started = performance.now();
  const { notes, slides } = await buildSearchIndex(outDir, basePath(course), course.language);
  console.log(`search: indexed ${notes} notes pages and ${slides} slides`);
  console.log(`phase: search ${since(started)} s`);
} catch (error) {
  console.error(`build failed: ${(error as Error).message}`);
  process.exit(1);
}
