import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What one `npm run build` printed and returned. */
export interface BuildRun {
  status: number | null;
  output: string;
  outDir: string;
}

/** A copy of a fixture course in a temporary folder, to edit freely. */
export function copyCourse(fixture: string): string {
  const contentDir = mkdtempSync(join(tmpdir(), 'course-'));
  cpSync(fixture, contentDir, { recursive: true });
  return contentDir;
}

/**
 * Run `npm run build` (the real Astro build) on a content folder, into a fresh output folder unless
 * one is given, with `env` over the environment.
 */
export function buildCourse(
  contentDir: string,
  args: string[] = [],
  outDir = mkdtempSync(join(tmpdir(), 'dist-')),
  env: Record<string, string> = {},
): BuildRun {
  const result = spawnSync('npm', ['run', 'build', '--', '--outDir', outDir, ...args], {
    encoding: 'utf8', env: { ...process.env, ...env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}`, outDir };
}
