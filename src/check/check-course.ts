import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createLectureChecker, type LectureSource } from './check-lectures.ts';
import type { Diagnostic } from './diagnostic.ts';
import { LECTURES_DIR } from '../lib/content-dir.ts';
import { courseCitations } from '../references/context.ts';
import type { Bibliography } from '../references/bibliography.ts';


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

/** Problems of the bibliography file itself, and entries no lecture cites (warnings). */
function bibliographyDiagnostics(bibliography: Bibliography, cited: Set<string>): Diagnostic[] {
  const unused = [...bibliography.entries.keys()].filter((key) => !cited.has(key));
  return [
    ...bibliography.problems,
    ...unused.map((key): Diagnostic => ({
      path: bibliography.path, line: bibliography.lines.get(key) ?? 1, column: 1, severity: 'warning',
      ruleId: 'bibtex-unused', reason: `Bibliography entry "${key}" is not cited by any lecture`,
      fix: 'cite it where it belongs, or remove it',
    })),
  ];
}

/**
 * Check every lecture and the rules that span lectures (unique numbers), and
 * return all problems found, errors and warnings, in file order.
 */
export async function checkCourse(dir = LECTURES_DIR): Promise<Diagnostic[]> {
  const checkLecture = await createLectureChecker();
  const diagnostics: Diagnostic[] = [];
  const owners = new Map<number, string>();
  const cited = new Set<string>();
  for (const source of await readLectures(dir)) {
    const result = await checkLecture(source);
    diagnostics.push(...result.diagnostics);
    for (const key of result.citedKeys) cited.add(key);
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
  const { bibliography } = courseCitations();
  return [...bibliographyDiagnostics(bibliography, cited), ...diagnostics];
}
