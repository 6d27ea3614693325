import type { Course } from '../schemas/course.ts';

/**
 * The base path the site is built for: `BASE_PATH` if set (CI for a project
 * page), else the course's `base`. Always `/` or `/name/`.
 */
export function basePath(course: Pick<Course, 'base'>, env = process.env.BASE_PATH): string {
  const base = env?.trim() || course.base;
  return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}
