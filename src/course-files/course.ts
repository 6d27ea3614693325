import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkFrontmatter } from '../compile/frontmatter.ts';
import { formatDiagnostic, type Diagnostic } from '../model/diagnostic.ts';
import { courseSchema, type Course } from '../schemas/course.ts';

const loaded = new Map<string, { modified: number; course: Course }>();

/** Read and validate a course configuration: the course, or every problem at its line. */
export function readCourseConfig(path: string): { course?: Course; diagnostics: Diagnostic[] } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return { diagnostics: [{ path, line: 1, column: 1, severity: 'error', ruleId: 'course-missing',
      reason: 'The course has no course.yaml', fix: 'create it with at least title: and lecturers:' }] };
  }
  const { data, problems } = checkFrontmatter({ yaml: text, firstLine: 1 }, courseSchema,
    { names: { rule: 'course', noun: 'course.yaml', Noun: 'course.yaml' } });
  const diagnostics: Diagnostic[] = problems.map((problem) => ({ path, severity: 'error', ...problem }));
  const stylesheet = data?.theme.stylesheet;
  if (stylesheet && !existsSync(join(dirname(path), stylesheet))) {
    const line = text.split('\n').findIndex((row) => /^\s*stylesheet\s*:/.test(row)) + 1;
    diagnostics.push({ path, line: line || 1, column: 1, severity: 'error', ruleId: 'course-invalid',
      reason: `course.yaml "theme.stylesheet": ${join(dirname(path), stylesheet)} does not exist`,
      fix: 'copy src/styles/theme-overrides.css there and edit it' });
    return { diagnostics };
  }
  return { course: data, diagnostics };
}

/**
 * The validated course configuration (for the site's config and pages); a
 * bad file fails with each problem at its line. Parsed again only when the file changes.
 */
export function loadCourse(path: string): Course {
  const modified = statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const cached = loaded.get(path);
  if (cached?.modified === modified) return cached.course;
  const { course, diagnostics } = readCourseConfig(path);
  if (!course) throw new Error(`The course configuration is invalid:\n${diagnostics.map(formatDiagnostic).join('\n')}`);
  loaded.set(path, { modified, course });
  return course;
}
