import { cpSync } from 'node:fs';
import { runCli } from './cli.ts';
import { scratchFolder } from './scratch.ts';

/** What one `lecture-site build` printed and returned. */
export interface BuildRun {
  status: number | null;
  output: string;
  outDir: string;
}

/** A copy of a fixture course in a temporary folder, to edit freely. */
export function copyCourse(fixture: string): string {
  const contentDir = scratchFolder('course');
  cpSync(fixture, contentDir, { recursive: true });
  return contentDir;
}

/**
 * Run `lecture-site build` (the real Astro build) on a content folder, into a fresh output folder unless
 * one is given, with `env` over the environment.
 */
export function buildCourse(
  contentDir: string,
  args: string[] = [],
  outDir = scratchFolder('dist'),
  env: Record<string, string> = {},
): BuildRun {
  const result = runCli(['build', '--content', contentDir, '--out', outDir, ...args], env);
  return { status: result.status, output: result.output, outDir };
}
