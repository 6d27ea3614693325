import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Course } from '../schemas/course.ts';

/** "Edit this page" URL of a file in the course repository, when the course names one. */
export function editUrl(course: Pick<Course, 'repository' | 'branch'>, filePath: string | undefined): string | undefined {
  if (!course.repository || !filePath) return undefined;
  return `${course.repository.replace(/\/$/, '')}/edit/${course.branch}/${filePath.replace(/^\.\//, '')}`;
}

const commitDates = new Map<string, Map<string, Date>>();

/**
 * Last commit date of every file in a folder, from one `git log` (newest
 * first, so a file's first date is its latest; `--cc` counts a merge that
 * changed a file itself, as `git log -- file` does); empty outside git.
 */
function commitDatesIn(dir: string): Map<string, Date> {
  let dates = commitDates.get(dir);
  if (dates) return dates;
  dates = new Map();
  try {
    const log = execFileSync('git', ['-C', dir, 'log', '--format=%x00%cI', '--name-only', '--cc', '--relative', '--', '.'],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
    for (const commit of log.split('\0').slice(1)) {
      const [date, ...files] = commit.trim().split('\n');
      for (const file of files) if (file && !dates.has(resolve(dir, file))) dates.set(resolve(dir, file), new Date(date!));
    }
  } catch {
    // Not a git checkout, or git missing: every file falls back to the file system.
  }
  commitDates.set(dir, dates);
  return dates;
}

/**
 * When a file last changed: its last commit date from git, else (not in git,
 * or uncommitted in a fresh checkout) its modification time.
 */
export function lastUpdated(filePath: string): Date {
  const path = resolve(filePath);
  return commitDatesIn(dirname(path)).get(path) ?? statSync(path).mtime;
}

/** A date as the reading pages print it: `7 December 2026`. */
export function longDate(value: Date): string {
  return value.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
