/** One flag of a subcommand, as `node:util`'s parseArgs reads it, with what `--help` says of it. */
export interface FlagSpec {
  type: 'string' | 'boolean';
  /** What it does, for `--help`. */
  description: string;
  /** The value's name in `--help` (`--out DIR`). */
  value?: string;
  /** Given more than once, every value is kept. */
  multiple?: boolean;
}

/** What a subcommand was given: its flags' values and its other arguments. */
export interface CommandInput {
  flags: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/** A subcommand of `lecture-site`: its name, what `--help` prints, and what it does. */
export interface Command {
  name: string;
  /** One line for `lecture-site --help`. */
  summary: string;
  /** The arguments after the flags, as `--help` writes them (`[lecture ids…]`). */
  arguments?: string;
  /** How many arguments it takes. */
  takes?: { min: number; max: number };
  /** Paragraphs `--help` prints after the flags. */
  details?: string;
  flags: Record<string, FlagSpec>;
  /** Run it; the exit code (0 done, 1 the content or a step failed). */
  run(input: CommandInput): Promise<number>;
}

/** The flag every command that reads a course takes. */
export const CONTENT_FLAG: FlagSpec = {
  type: 'string',
  value: 'DIR',
  description: 'the course folder (default: this folder if it has course.yaml, else ./content)',
};

/** A mistake in how a command was called: printed with a pointer to `--help`, exit code 2. */
export class UsageError extends Error {}
