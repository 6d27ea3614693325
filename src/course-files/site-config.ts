import type { Course } from '../schemas/course.ts';

/**
 * The base path the site is built for: `BASE_PATH` if set (CI for a project
 * page), else the course's `base`. Always `/` or `/name/`.
 */
export function basePath(course: Pick<Course, 'base'>, env = process.env.BASE_PATH): string {
  const base = env?.trim() || course.base;
  const path = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  if (path.split('/').some((part) => part === '.' || part === '..') || !/^[\w./-]+$/.test(path)) {
    throw new Error(`BASE_PATH "${env}" is not a path the site can be served under: write it as /name/ (letters, digits, -, _ and .; no . or .. parts)`);
  }
  return path;
}
