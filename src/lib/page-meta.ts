import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import type { Course } from '../schemas/course.ts';

/** "Edit this page" URL of a file in the course repository, when the course names one. */
export function editUrl(course: Pick<Course, 'repository' | 'branch'>, filePath: string | undefined): string | undefined {
  if (!course.repository || !filePath) return undefined;
  return `${course.repository.replace(/\/$/, '')}/edit/${course.branch}/${filePath.replace(/^\.\//, '')}`;
}

/**
 * When a file last changed: its last commit date from git, else (not in git,
 * or uncommitted in a fresh checkout) its modification time.
 */
export function lastUpdated(filePath: string): Date {
  try {
    const iso = execFileSync('git', ['log', '-1', '--format=%cI', '--', filePath], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (iso) return new Date(iso);
  } catch {
    // Not a git checkout, or git missing: fall back to the file system.
  }
  return statSync(filePath).mtime;
}
