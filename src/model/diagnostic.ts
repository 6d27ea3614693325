/** One problem found in the content, located at a file:line:column. */
export interface Diagnostic {
  /** Path relative to the project folder, as an editor or terminal links it. */
  path: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  /** An error stops the build; a warning is printed (and fails `--strict`). */
  severity: 'error' | 'warning';
  /** Stable rule id, e.g. `math-error`. */
  ruleId: string;
  /** What is wrong, in the author's terms. */
  reason: string;
  /** What to write instead. */
  fix: string;
}

/** `path:line:col severity reason — fix [rule]`: the format editors and terminals link. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const { path, line, column, severity, reason, fix, ruleId } = diagnostic;
  return `${path}:${line}:${column} ${severity} ${reason} — ${fix} [${ruleId}]`;
}

/** Whether any diagnostic stops a build: an error, or with `strict` a warning too. */
export function failsBuild(diagnostics: readonly Diagnostic[], strict = false): boolean {
  return diagnostics.some((diagnostic) => diagnostic.severity === 'error' || strict);
}

/** "2 error(s), 1 warning(s)". */
export function diagnosticSummary(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  return `${errors} error(s), ${diagnostics.length - errors} warning(s)`;
}
