/**
 * `npm run check [-- --strict]`: validate all content without building and
 * print every problem as `file:line:col severity what — how to fix [rule]`.
 * Exits 1 on any error (or, with --strict, any warning).
 */
import { checkCourse } from '../src/check/check-course.ts';
import { reportDiagnostics } from '../src/check/report.ts';

try {
  process.exitCode = reportDiagnostics(await checkCourse(), process.argv.includes('--strict')) ? 0 : 1;
} catch (error) {
  console.error(`check: could not check the content: ${(error as Error).message}`);
  process.exitCode = 2;
}
