import { runCli } from './cli.ts';
import { scratchFolder } from './scratch.ts';

/** The small course that tests print fidelity: long equations, a long code line, images, long notes, a title with `"` and `&`. */
export const PRINT_FIXTURE = 'tests/fixtures/print';

/** Run a command on the print fixture; a failure fails the test with the command's output. */
export function runOnPrintFixture(command: 'build' | 'pdf', args: string[]): void {
  const result = runCli([command, '--content', PRINT_FIXTURE, ...args]);
  if (result.status !== 0) throw new Error(`lecture-site ${command} ${args.join(' ')} failed:\n${result.output}`);
}

/** Build the print fixture into a new temporary folder; returns the folder. */
export function buildPrintFixture(): string {
  const outDir = scratchFolder('print-fixture');
  runOnPrintFixture('build', ['--out', outDir]);
  return outDir;
}
