/**
 * `lecture-site <command>`: the generator's command line. Each subcommand
 * has its own flags (node:util's parseArgs), its own `--help`, and an error
 * naming any flag or subcommand it does not know, with the closest one.
 */
import { readFileSync } from 'node:fs';
import { commandHelp, didYouMean, readCommandArgs } from './args.ts';
import { UsageError, type Command } from './command.ts';
import { buildCommand } from './commands/build.ts';
import { checkCommand } from './commands/check.ts';
import { devCommand } from './commands/dev.ts';
import { executeCommand } from './commands/execute.ts';
import { importCommand } from './commands/import.ts';
import { newCommand } from './commands/new.ts';
import { pdfCommand } from './commands/pdf.ts';
import { previewCommand } from './commands/preview.ts';

/** Every subcommand, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [newCommand, importCommand, checkCommand, buildCommand, devCommand, previewCommand, executeCommand, pdfCommand];

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

/** What `lecture-site --help` prints. */
function overview(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return [
    `lecture-site ${version}: lecture slides, reading notes and PDFs from one Markdown source`,
    '',
    'Usage: lecture-site <command> [flags]',
    '',
    'Commands:',
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'lecture-site <command> --help says what a command takes; lecture-site --version prints the version.',
    '',
  ].join('\n');
}

/** Run the command line `argv` (without node and the script); the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === 'help') {
    process.stdout.write(overview());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version') {
    console.log(version);
    return 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  try {
    if (!command) throw new UsageError(`unknown command ${name}${didYouMean(name, COMMANDS.map((candidate) => candidate.name))}`);
    const input = readCommandArgs(command, rest);
    if (input.help) {
      process.stdout.write(commandHelp(command));
      return 0;
    }
    return await command.run(input);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`lecture-site: ${error.message}`);
    console.error(`Run lecture-site ${command ? `${command.name} ` : ''}--help for what it takes.`);
    return 2;
  }
}
