/**
 * `npm run build [-- --outDir DIR] [--strict]`: build the site with Astro. The
 * lecture loader compiles every lecture (and stops the build, naming each
 * problem's file:line, when the content has errors); the search index is
 * added once the pages are written.
 */
import { resolve } from 'node:path';
import { build } from 'astro';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
if (process.argv.includes('--strict')) process.env.LECTURE_SITE_STRICT = '1';
const outDirFlag = process.argv.indexOf('--outDir');
const outDir = resolve(outDirFlag > 0 ? process.argv[outDirFlag + 1]! : 'dist');

try {
  const started = performance.now();
  await build({ root: process.cwd(), outDir });
  console.log(`phase: astro ${((performance.now() - started) / 1000).toFixed(2)} s`);
} catch (error) {
  console.error(`build failed: ${(error as Error).message}`);
  process.exit(1);
}
