/**
 * `npm run build [-- --outDir DIR]`: check the content (nothing is built if it
 * has errors), build the site with Astro, then index it for search.
 */
import { resolve } from 'node:path';
import { build } from 'astro';
import { checkCourse } from '../src/check/check-course.ts';
import { reportDiagnostics } from '../src/check/report.ts';
import { buildSearchIndex } from '../src/integrations/search-index.ts';
import { loadCourse } from '../src/lib/course.ts';
import { handoffCounts } from '../src/lib/render-handoff.ts';
import { basePath } from '../src/lib/site-config.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const outDirFlag = process.argv.indexOf('--outDir');
const outDir = resolve(outDirFlag > 0 ? process.argv[outDirFlag + 1]! : 'dist');

try {
  const course = loadCourse();
  // The check renders every lecture exactly as Astro would and hands the renders over, so none is rendered twice.
  const diagnostics = await checkCourse(undefined, { base: basePath(course), handOver: true });
  if (!reportDiagnostics(diagnostics, process.argv.includes('--strict'))) {
    process.exit(1);
  }
  await build({ root: process.cwd(), outDir });
  const { handed, reused } = handoffCounts();
  console.log(`render: Astro reused ${reused} of the ${handed} lectures the check rendered`);
  const started = Date.now();
  const { notes, slides } = await buildSearchIndex(outDir, basePath(course), course.language);
  console.log(`search: indexed ${notes} notes pages and ${slides} slides in ${Date.now() - started} ms`);
} catch (error) {
  console.error(`build failed: ${(error as Error).message}`);
  process.exit(1);
}
