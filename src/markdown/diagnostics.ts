import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Diagnostic } from '../model/diagnostic.ts';

/** Where every diagnostic of this project's plugins says it came from. */
const DIAGNOSTIC_SOURCE = 'lecture';

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

/** A diagnostic from a message of the Markdown pipeline, for the file at `path`. */
export function fromMessage(path: string, message: VFileMessage): Diagnostic {
  return {
    path,
    line: message.line ?? 1,
    column: message.column ?? 1,
    severity: message.fatal ? 'error' : 'warning',
    ruleId: message.ruleId ?? 'markdown',
    reason: message.reason,
    fix: message.note ?? 'see the message',
  };
}
