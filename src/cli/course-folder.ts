import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from './command.ts';

/**
 * The course folder a command works on: `--content DIR`, else the folder it
 * runs in when that holds a course.yaml, else `./content` (a repository with
 * its course in a folder, like this one). A folder without course.yaml is
 * the compile's own located error (`course-missing`), not a usage error.
 */
export function courseFolder(flag: string | boolean | string[] | undefined): string {
  if (typeof flag === 'string') {
    if (!statSync(flag, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`--content ${flag}: there is no folder ${flag}`);
    return flag;
  }
  if (existsSync('course.yaml')) return '.';
  if (existsSync(join('content', 'course.yaml'))) return 'content';
  throw new UsageError('no course here: neither this folder nor ./content has a course.yaml. Run this inside a course folder, '
    + 'pass --content DIR, or start a course with `lecture-site new course DIR`.');
}
