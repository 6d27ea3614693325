import { formatDiagnostic } from '../model/diagnostic.ts';
import type { CourseExecution } from './execute-course.ts';

/** How a run of the cells is reported. */
export interface ReportOptions {
  /**
   * Also print the problems of lectures that were not run (`npm run execute` on its own); a check or
   * build prints them itself when it compiles.
   */
  skipped: boolean;
  /** Warnings fail the run too (`--strict`). */
  strict?: boolean;
}

/** Python's traceback under its diagnostic, indented, so the terminal shows where the user's code failed. */
function indent(text: string): string {
  return text.split('\n').map((line) => `    ${line}`).join('\n');
}

/** The line of one lecture: what ran, or why nothing did. */
function lectureLine(lecture: CourseExecution['lectures'][number]): string {
  if (lecture.storedOutputsOnly) return `execute: ${lecture.id} — a notebook, not run: course.yaml says execute: { notebooks: off }, so it shows the outputs saved in it`;
  const what = lecture.ranKernel ? `ran in ${lecture.seconds.toFixed(1)} s` : 'all frozen, nothing to run';
  return `execute: ${lecture.id} — ${lecture.cells} cell(s), ${what}${lecture.wroteFreeze ? ', freeze written' : ''}`;
}

/**
 * Print a line per lecture that has cells, then every problem at its file:line (with the traceback of
 * a cell that raised); true when there was no error (and, with `skipped`, no lecture was left unrun;
 * with `strict`, no warning either).
 */
export function reportExecution(run: CourseExecution, options: ReportOptions): boolean {
  for (const lecture of run.lectures) console.log(lectureLine(lecture));
  if (run.lectures.length === 0 && run.diagnostics.length === 0) console.log('execute: no lecture has a code cell to run ({python} blocks, or a notebook lecture\'s code cells)');
  const problems = options.skipped ? [...run.skipped, ...run.diagnostics] : run.diagnostics;
  for (const diagnostic of problems) {
    console.error(formatDiagnostic(diagnostic));
    if ('traceback' in diagnostic && typeof diagnostic.traceback === 'string') console.error(indent(diagnostic.traceback));
  }
  const errors = problems.filter((diagnostic) => diagnostic.severity === 'error').length;
  const warnings = problems.length - errors;
  if (errors > 0) console.error(`execute: ${errors} error(s), ${warnings} warning(s) — no freeze file was written for a lecture with an error`);
  else if (warnings > 0) console.error(`execute: ${warnings} warning(s)${options.strict ? ' — --strict: warnings fail the run' : ''}`);
  return errors === 0 && !(options.strict && warnings > 0);
}
