import type { Diagnostic } from '../model/diagnostic.ts';
import type { CompiledLecture } from '../model/lecture.ts';
import { compileLectures, type Compiled } from './compile-lecture.ts';
import type { CompileContext, LectureSource } from './context.ts';
import { bibliographyDiagnostics, duplicateDiagnostics } from './course-rules.ts';
import { checkInternalLinks, type LinkableLecture } from './link-rules.ts';

/** What the rules that span lectures read of each one (a compiled lecture, or its stored summary). */
export type CourseRuleInput = LinkableLecture & Pick<CompiledLecture, 'citations'>;

/**
 * Problems no single lecture shows: two lectures with one number or name,
 * links to slides, lectures or files that do not exist (or are not
 * published), and the bibliography's own problems and unused entries.
 */
export function courseDiagnostics(lectures: readonly CourseRuleInput[], context: CompileContext): Diagnostic[] {
  const cited = new Set(lectures.flatMap((lecture) => lecture.citations.map((use) => use.key)));
  return [
    ...bibliographyDiagnostics(context.citations.bibliography, cited),
    ...duplicateDiagnostics(lectures),
    ...checkInternalLinks(lectures, context.siteFiles),
  ];
}

/** A compiled course: every lecture and course page, and every problem (each one's and the course-wide ones). */
export interface CompiledCourse {
  lectures: Compiled[];
  diagnostics: Diagnostic[];
}

/** Compile every lecture of a course (their diagrams drawn in one batch) and apply the course-wide rules. */
export async function compileCourse(sources: readonly LectureSource[], context: CompileContext): Promise<CompiledCourse> {
  const lectures = await compileLectures(sources, context);
  return {
    lectures,
    diagnostics: [...lectures.flatMap((lecture) => lecture.diagnostics), ...courseDiagnostics(lectures, context)],
  };
}
