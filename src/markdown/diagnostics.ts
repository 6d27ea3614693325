import { isAbsolute, relative } from 'node:path';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';

/** Where every diagnostic of this project's plugins says it came from. */
export const DIAGNOSTIC_SOURCE = 'lecture';

/** A problem found in a lecture, with a hint on how to fix it. */
export interface DiagnosticInput {
  /** Stable rule id, e.g. `empty-slide`. */
  ruleId: string;
  /** What is wrong, in the author's terms. */
  reason: string;
  /** What to do about it. */
  fix: string;
  /** The node the problem is at (for its position). */
  place?: VFileMessage['place'];
}

/** Record a warning: printed, but the build goes on (unless checked with `--strict`). */
export function reportWarning(file: VFile, input: DiagnosticInput): VFileMessage {
  const message = file.message(input.reason, {
    place: input.place,
    ruleId: input.ruleId,
    source: DIAGNOSTIC_SOURCE,
  });
  message.note = input.fix;
  return message;
}

/** Record an error: the build fails, but every other problem is still collected. */
export function reportError(file: VFile, input: DiagnosticInput): VFileMessage {
  const message = reportWarning(file, input);
  message.fatal = true;
  return message;
}

/** A file path as the author would type it: relative to the project folder. */
export function displayPath(path: string | undefined): string {
  if (!path) return '<markdown>';
  return isAbsolute(path) ? relative(process.cwd(), path) : path;
}
