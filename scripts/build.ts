/**
 * `npm run build [-- --outDir DIR] [--strict]`: build the site with Astro into a
 * staging folder and put it in place of the output folder only when every
 * phase (pages, search index) succeeded, so the output is always the previous
 * site or the new one. One build of the project runs at a time. The lecture
 * loader compiles every lecture and stops the build, naming each problem's
 * file:line, when the content has errors.
 */
import { resolve } from 'node:path';
import { build } from 'astro';
import { acquireBuildLock } from '../src/build/build-lock.ts';
import { discardStaging, recoverOutput, replaceOutput, stagingFolder } from '../src/build/output-folder.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
if (process.argv.includes('--strict')) process.env.LECTURE_SITE_STRICT = '1';
const outDirFlag = process.argv.indexOf('--outDir');
const outDir = resolve(outDirFlag > 0 ? process.argv[outDirFlag + 1]! : 'dist');

/** Stop with one line saying why; the previous site stays as it was. */
function fail(reason: string, staging?: string): never {
  if (staging) discardStaging(staging);
  console.error(`build failed: ${reason}`);
  console.error(`(${outDir} is unchanged)`);
  process.exit(1);
}

let lock: { release: () => void };
try {
  lock = acquireBuildLock('npm run build');
} catch (error) {
  fail((error as Error).message);
}
const staging = stagingFolder('site');
process.on('exit', () => lock.release());
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => fail(`interrupted (${signal})`, staging));
}

try {
  recoverOutput(outDir);
  const started = performance.now();
  await build({ root: process.cwd(), outDir: staging });
  replaceOutput(staging, outDir);
  console.log(`phase: astro ${((performance.now() - started) / 1000).toFixed(2)} s`);
} catch (error) {
  fail((error as Error).message, staging);
}
