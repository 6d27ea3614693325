import type { VFileMessage } from 'vfile-message';

/** One problem found in the content, located at a file:line:column. */
export interface Diagnostic {
  /** Path relative to the project folder. */
  path: string;
  line: number;
  column: number;
  severity: 'error' | 'warning';
  /** Stable rule id, e.g. `math-error`. */
  ruleId: string;
  /** What is wrong. */
  reason: string;
  /** How to fix it. */
  fix: string;
}

/** A diagnostic from a message of the Markdown pipeline. */
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

/** `path:line:col severity reason — fix [rule]`: the format editors and terminals link. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const { path, line, column, severity, reason, fix, ruleId } = diagnostic;
  return `${path}:${line}:${column} ${severity} ${reason} — ${fix} [${ruleId}]`;
}
