import { formatDiagnostic, type Diagnostic } from '../model/diagnostic.ts';

/**
 * Print every diagnostic and a summary line; true when the content may be
 * built (no error, and no warning either when `strict`).
 */
export function reportDiagnostics(diagnostics: Diagnostic[], strict: boolean): boolean {
  for (const diagnostic of diagnostics) console.error(formatDiagnostic(diagnostic));
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const failed = errors > 0 || (strict && warnings > 0);
  console.error(`check: ${errors} error(s), ${warnings} warning(s)${failed ? ' — nothing was built' : ''}`);
  return !failed;
}
