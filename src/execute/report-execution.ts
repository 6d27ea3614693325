import { formatDiagnostic } from '../model/diagnostic.ts';
import type { CourseExecution } from './execute-course.ts';

/** How a run of the cells is reported. */
export interface ReportOptions {
  /**
   * Also print the problems of lectures that were not run (`npm run execute` on its own); a check or
   * build prints them itself when it compiles.
   */
  skipped: boolean;
}

/** Python's traceback under its diagnostic, indented, so the terminal shows where the user's code failed. */
function indent(text: string): string {
  return text.split('\n').map((line) => `    ${line}`).join('\n');
}

/**
 * Print a line per lecture that has cells, then every problem at its file:line (with the traceback of
 * a cell that raised); true when no cell failed (and, with `skipped`, no lecture was left unrun).
 */
export function reportExecution(run: CourseExecution, options: ReportOptions): boolean {
  for (const lecture of run.lectures) {
    const what = lecture.ranKernel ? `ran in ${lecture.seconds.toFixed(1)} s` : 'all frozen, nothing to run';
    console.log(`execute: ${lecture.id} — ${lecture.cells} cell(s), ${what}${lecture.wroteFreeze ? ', freeze written' : ''}`);
  }
  const problems = options.skipped ? [...run.skipped, ...run.diagnostics] : run.diagnostics;
  for (const diagnostic of problems) {
    console.error(formatDiagnostic(diagnostic));
    if ('traceback' in diagnostic && typeof diagnostic.traceback === 'string') console.error(indent(diagnostic.traceback));
  }
  const errors = problems.filter((diagnostic) => diagnostic.severity === 'error').length;
  if (errors > 0) console.error(`execute: ${errors} error(s) — no freeze file was written for a lecture with an error`);
  return errors === 0;
}
