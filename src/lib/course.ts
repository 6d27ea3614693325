import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { courseSchema, type Course } from '../schemas/course.ts';
import { COURSE_FILE } from './content-dir.ts';

/** Read and validate the course configuration; a bad file fails with each problem named. */
export function loadCourse(path = COURSE_FILE): Course {
  const result = courseSchema.safeParse(parse(readFileSync(path, 'utf8')));
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (issue) => `  ${path}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`,
  );
  throw new Error(`The course configuration is invalid:\n${problems.join('\n')}\nFix ${path} and build again.`);
}
