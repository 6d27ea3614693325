/**
 * `npm run check [-- --strict]`: validate all content without building and
 * print every problem as `file:line:col severity what — how to fix [rule]`.
 * Exits 1 on any error (or, with --strict, any warning).
 */
import { checkCourse } from '../src/check/check-course.ts';
import { formatDiagnostic } from '../src/check/diagnostic.ts';

const strict = process.argv.includes('--strict');
try {
  const diagnostics = await checkCourse();
  for (const diagnostic of diagnostics) console.error(formatDiagnostic(diagnostic));
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const failed = errors > 0 || (strict && warnings > 0);
  console.error(`check: ${errors} error(s), ${warnings} warning(s)${failed ? ' — nothing was built' : ''}`);
  process.exitCode = failed ? 1 : 0;
} catch (error) {
  console.error(`check: could not check the content: ${(error as Error).message}`);
  process.exitCode = 2;
}
