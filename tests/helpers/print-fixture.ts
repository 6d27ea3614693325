import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The small course that tests print fidelity: long equations, a long code line, images, long notes, a title with `"` and `&`. */
export const PRINT_FIXTURE = 'tests/fixtures/print';

/** Run an npm script on the print fixture's content; a failure fails the test with the script's output. */
export function runOnPrintFixture(script: 'build' | 'pdf', args: string[]): void {
  const result = spawnSync('npm', ['run', script, '--', ...args], {
    encoding: 'utf8', env: { ...process.env, CONTENT_DIR: PRINT_FIXTURE, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`npm run ${script} ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
}

/** Build the print fixture into a new temporary folder; returns the folder. */
export function buildPrintFixture(): string {
  const outDir = mkdtempSync(join(tmpdir(), 'print-fixture-'));
  runOnPrintFixture('build', ['--outDir', outDir]);
  return outDir;
}
