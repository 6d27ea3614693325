/**
 * `npm run check [-- --strict] [--execute]`: compile every lecture with the same core as
 * the build, without Astro, and print every problem as
 * `file:line:col severity what — how to fix [rule]`. Exits 1 on any error
 * (or, with --strict, any warning). `--execute` first runs the code cells
 * whose outputs are not frozen yet (as `npm run execute` does).
 */
import { compileCourse } from '../src/compile/compile-course.ts';
import { reportDiagnostics } from '../src/compile/report.ts';
import { readCourseFolder } from '../src/course-files/read-course.ts';
import { executeCourse } from '../src/execute/execute-course.ts';
import { reportExecution } from '../src/execute/report-execution.ts';

try {
  if (process.argv.includes('--execute') && !reportExecution(await executeCourse(), { skipped: false })) {
    process.exit(1);
  }
  const folder = await readCourseFolder();
  const compiled = folder.context ? await compileCourse(folder.sources, folder.context) : undefined;
  const diagnostics = [...folder.diagnostics, ...(compiled?.diagnostics ?? [])];
  process.exitCode = reportDiagnostics(diagnostics, process.argv.includes('--strict')) ? 0 : 1;
} catch (error) {
  console.error(`check: could not check the content: ${(error as Error).message}`);
  process.exitCode = 2;
}
