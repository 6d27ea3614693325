import { parseArgs } from 'node:util';
import { closest, distance } from 'fastest-levenshtein';
import { UsageError, type Command, type CommandInput } from './command.ts';

/** ` (did you mean X?)` when `word` is a likely typo of one of `known`. */
export function didYouMean(word: string, known: readonly string[]): string {
  if (known.length === 0) return '';
  const lower = word.toLowerCase();
  // `--outDir` for `--out`: one name written inside the other is as likely a slip as a typo.
  const nested = known.find((name) => lower.startsWith(name.toLowerCase()) || name.toLowerCase().startsWith(lower));
  const nearest = nested ?? closest(lower, [...known]);
  return nested || distance(lower, nearest) <= Math.max(2, Math.floor(nearest.length / 3)) ? ` (did you mean ${nearest}?)` : '';
}

/**
 * A subcommand's flags and arguments, read by `node:util`'s parseArgs. A flag
 * the command does not take, a flag without its value, a value given to a
 * switch and a wrong number of arguments are usage errors naming the flag
 * (and the closest one there is).
 */
export function readCommandArgs(command: Command, argv: readonly string[]): CommandInput & { help: boolean } {
  const flags = { ...command.flags, help: { type: 'boolean', description: 'print this help' } } satisfies Command['flags'];
  const options = Object.fromEntries(Object.entries(flags).map(([name, spec]) => [name, { type: spec.type, multiple: 'multiple' in spec && spec.multiple === true }]));
  const names = Object.keys(flags).map((name) => `--${name}`);
  // A first, lenient pass only to name unknown flags the friendly way; the strict pass below reads the values.
  const { tokens } = parseArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind === 'option' && !(token.name in flags)) {
      throw new UsageError(`${command.name} takes no flag ${token.rawName}${didYouMean(`--${token.name}`, names)}`);
    }
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], options, strict: true, allowPositionals: true });
  } catch (error) {
    // parseArgs says what is wrong in a sentence of its own; its hint about `--` is not for this command.
    throw new UsageError(`${command.name}: ${(error as Error).message.split('\n')[0]!.replace(/ To specify a positional argument.*$/, '')}`);
  }
  const { help = false, ...values } = parsed.values;
  if (help) return { flags: {}, positionals: [], help: true };
  const { min, max } = command.takes ?? { min: 0, max: 0 };
  const count = parsed.positionals.length;
  if (count < min || count > max) {
    const wanted = max === 0 ? 'no arguments' : min === max ? `${min} argument${min === 1 ? '' : 's'} (${command.arguments})` : `${command.arguments}`;
    throw new UsageError(`${command.name} takes ${wanted}, not ${count === 0 ? 'none' : `"${parsed.positionals.join(' ')}"`}`);
  }
  return { flags: values as CommandInput['flags'], positionals: parsed.positionals, help: false };
}

/** What `lecture-site <command> --help` prints. */
export function commandHelp(command: Command): string {
  const flags = Object.entries(command.flags).map(([name, spec]) => [`--${name}${spec.value ? ` ${spec.value}` : ''}`, spec.description] as const);
  const width = Math.max(...flags.map(([left]) => left.length), 6);
  return [
    `lecture-site ${command.name}${flags.length > 0 ? ' [flags]' : ''}${command.arguments ? ` ${command.arguments}` : ''}`,
    '',
    command.summary,
    '',
    'Flags:',
    ...flags.map(([left, description]) => `  ${left.padEnd(width)}  ${description}`),
    `  ${'--help'.padEnd(width)}  print this help`,
    ...(command.details ? ['', command.details] : []),
    '',
  ].join('\n');
}
