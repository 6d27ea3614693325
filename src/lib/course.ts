import { readFileSync, statSync } from 'node:fs';
import { parse } from 'yaml';
import { courseSchema, type Course } from '../schemas/course.ts';
import { COURSE_FILE } from './content-dir.ts';

const loaded = new Map<string, { modified: number; course: Course }>();

/**
 * Read and validate the course configuration; a bad file fails with each
 * problem named. Every page asks for it: it is parsed again only when the file changes.
 */
export function loadCourse(path = COURSE_FILE): Course {
  const modified = statSync(path).mtimeMs;
  const cached = loaded.get(path);
  if (cached?.modified === modified) return cached.course;
  const course = parseCourse(path);
  loaded.set(path, { modified, course });
  return course;
}

function parseCourse(path: string): Course {
  const result = courseSchema.safeParse(parse(readFileSync(path, 'utf8')));
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (issue) => `  ${path}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`,
  );
  throw new Error(`The course configuration is invalid:\n${problems.join('\n')}\nFix ${path} and build again.`);
}
