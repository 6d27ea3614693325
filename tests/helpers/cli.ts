import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { resolve } from 'node:path';

/** The lecture-site command, run as npm scripts and an installed package run it (Node on its bin file). */
export const CLI = resolve('src/cli/bin.js');

/** What one run of the command printed and returned. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr together. */
  output: string;
}

const runOf = (result: SpawnSyncReturns<string>): CliRun =>
  ({ status: result.status, stdout: result.stdout, stderr: result.stderr, output: `${result.stdout}${result.stderr}` });

/** Run `lecture-site <args>` to its end, with `env` over the environment. */
export function runCli(args: string[], env: Record<string, string> = {}, cwd?: string): CliRun {
  return runOf(spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8', ...(cwd ? { cwd } : {}), env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  }));
}
