import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { LECTURES_DIR } from '../lib/content-dir.ts';
import type { Bibliography } from '../references/bibliography.ts';
import { courseCitations } from '../references/context.ts';
import { createLectureChecker, type CheckerOptions, type LectureCheck, type LectureSource } from './check-lectures.ts';
import type { Diagnostic } from './diagnostic.ts';
import { checkInternalLinks } from './link-rules.ts';

/** Read every `*.md` lecture of a folder, in file-name order. */
export async function readLectures(dir = LECTURES_DIR): Promise<LectureSource[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.md')).sort();
  return Promise.all(
    names.map(async (name) => {
      const path = join(dir, name);
      return { path, absolutePath: resolve(path), bytes: await readFile(path) };
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

/** A lecture number or slug (the name after `NN-`) used by two files. */
function duplicateDiagnostics(checks: { source: LectureSource; check: LectureCheck }[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const numbers = new Map<number, string>();
  const slugs = new Map<string, string>();
  for (const { source, check } of checks) {
    const number = check.data?.number;
    const slug = check.id.replace(/^\d+-/, '');
    const clash = (ruleId: string, what: string, owner: string, fix: string) =>
      diagnostics.push({ path: source.path, line: 1, column: 1, severity: 'error', ruleId, reason: `${what} is also used by ${owner}`, fix });
    if (number !== undefined && numbers.has(number)) {
      clash('duplicate-number', `Lecture number ${number}`, numbers.get(number)!, 'give each lecture its own number');
    } else if (number !== undefined) numbers.set(number, source.path);
    if (slugs.has(slug)) clash('duplicate-slug', `The name "${slug}"`, slugs.get(slug)!, 'give each lecture file its own name');
    else slugs.set(slug, source.path);
  }
  return diagnostics;
}

/**
 * Check every lecture and the rules that span lectures (unique numbers and
 * names, links between lectures, the bibliography), and return all problems
 * found, errors and warnings. `options` say how lectures are rendered.
 */
export async function checkCourse(dir = LECTURES_DIR, options: CheckerOptions = {}): Promise<Diagnostic[]> {
  const checkLecture = await createLectureChecker(options);
  const checks: { source: LectureSource; check: LectureCheck }[] = [];
  for (const source of await readLectures(dir)) checks.push({ source, check: await checkLecture(source) });
  const cited = new Set(checks.flatMap(({ check }) => check.citedKeys));
  const links = checkInternalLinks(checks.map(({ source, check }) => ({
    id: check.id, path: source.path, anchors: new Set(check.slideIds), links: check.internalLinks,
  })));
  return [
    ...bibliographyDiagnostics(courseCitations().bibliography, cited),
    ...checks.flatMap(({ check }) => check.diagnostics),
    ...duplicateDiagnostics(checks),
    ...links,
  ];
}
