import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createLectureChecker, type LectureSource } from './check-lectures.ts';
import type { Diagnostic } from './diagnostic.ts';
import { LECTURES_DIR } from '../lib/content-dir.ts';


/** Read every `*.md` lecture of a folder, in file-name order. */
export async function readLectures(dir = LECTURES_DIR): Promise<LectureSource[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.md')).sort();
  return Promise.all(
    names.map(async (name) => {
      const path = join(dir, name);
      return { path, absolutePath: resolve(path), text: await readFile(path, 'utf8') };
    }),
  );
}

/**
 * Check every lecture and the rules that span lectures (unique numbers), and
 * return all problems found, errors and warnings, in file order.
 */
export async function checkCourse(dir = LECTURES_DIR): Promise<Diagnostic[]> {
  const checkLecture = await createLectureChecker();
  const diagnostics: Diagnostic[] = [];
  const owners = new Map<number, string>();
  for (const source of await readLectures(dir)) {
    const result = await checkLecture(source);
    diagnostics.push(...result.diagnostics);
    const number = result.data?.number;
    if (number === undefined) continue;
    const owner = owners.get(number);
    if (owner) {
      diagnostics.push({
        path: source.path, line: 1, column: 1, severity: 'error', ruleId: 'duplicate-number',
        reason: `Lecture number ${number} is also used by ${owner}`, fix: 'give each lecture its own number',
      });
    } else owners.set(number, source.path);
  }
  return diagnostics;
}
