import { mkdirSync } from 'node:fs';
import { acquireBuildLock } from './build-lock.ts';
import { discardStaging, recoverOutput, replaceOutput, stagingFolder } from './output-folder.ts';

/**
 * Make an output folder all at once or not at all: under the project's build
 * lock, `write` fills a staging folder, which replaces `output` only when it
 * resolves. If it throws, or the process is interrupted (SIGINT, SIGTERM,
 * SIGHUP), the staging folder is discarded and `output` stays as it was;
 * `onInterrupt` says so before the process exits.
 */
export async function stagedOutput(command: string, output: string, write: (staging: string) => Promise<void>,
  onInterrupt: (signal: string) => void): Promise<void> {
  const lock = acquireBuildLock(command);
  const staging = stagingFolder(command.replace(/\W+/g, '-'));
  const interrupted = (signal: NodeJS.Signals) => {
    discardStaging(staging);
    lock.release();
    onInterrupt(signal);
    process.exit(130);
  };
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  for (const signal of signals) process.on(signal, interrupted);
  try {
    recoverOutput(output);
    mkdirSync(staging, { recursive: true });
    await write(staging);
    replaceOutput(staging, output);
  } finally {
    discardStaging(staging);
    for (const signal of signals) process.off(signal, interrupted);
    lock.release();
  }
}
