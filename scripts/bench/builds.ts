/** Running `lecture-site` for the benchmark: builds cold and cached, and the phases a build prints. */
import { rmSync } from 'node:fs';
import { measure, type Measurement } from './run.ts';

/** The lecture-site command's entry point: `node CLI build …` is what `npm run build` runs. */
export const CLI = 'src/cli/bin.js';
/** LECTURE_SITE_PHASES: a build prints how long each of its phases took (`phase:` lines). */
export const ENV = { ASTRO_TELEMETRY_DISABLED: '1', LECTURE_SITE_PHASES: '1' };
/** Astro's cache folder: compiled lectures, drawn diagrams, image facts, made pictures, its content store. */
export const ASTRO_CACHE = 'node_modules/.astro';

/** Astro keeps rendered Markdown between builds: every cold build starts without it. */
export const clearAstroCache = () => rmSync(ASTRO_CACHE, { recursive: true, force: true });

/** `lecture-site <args>` with the Node running the benchmark (Node 24, as `npm run` gives). */
export const runCli = (args: string[]) => measure(process.execPath, [CLI, ...args], ENV);

/** `lecture-site build` of a course folder into `outDir`, as it stands (caches kept). */
export const build = (contentDir: string, outDir: string) => runCli(['build', '--content', contentDir, '--out', outDir]);

/** The same build from nothing: no Astro cache folder. */
export function coldBuild(contentDir: string, outDir: string): Promise<Measurement> {
  clearAstroCache();
  return build(contentDir, outDir);
}

/** A course built twice into one folder: from nothing (no drawn diagrams, no made images), then again. */
export async function coldAndCached(contentDir: string, outDir: string): Promise<{ cold: Measurement; cached: Measurement }> {
  const cold = await coldBuild(contentDir, outDir);
  const cached = await build(contentDir, outDir);
  for (const run of [cold, cached]) if (!run.ok) throw new Error(`the build of ${contentDir} failed:\n${run.output.slice(-1500)}`);
  return { cold, cached };
}

/** Seconds of each phase of a build, from its log: the loader's compile line and the `phase:` lines. */
export function buildPhases(output: string): Record<string, number> {
  const compile = /compiled \d+ of \d+ lectures in ([\d.]+) s/.exec(output);
  return Object.fromEntries([
    ...(compile ? [['compile', Number(compile[1])]] : []),
    ...[...output.matchAll(/^phase: (\w+) ([\d.]+) s$/gm)].map((match) => [match[1]!, Number(match[2])]),
  ]);
}

/** The middle value (the upper middle of an even count). */
export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
