import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CLI } from './cli.ts';
import { scratchFolder } from './scratch.ts';

/** What one run of `npm run check` printed and returned. */
export interface CheckRun {
  status: number;
  output: string;
  /** The content folder the run checked. */
  contentDir: string;
}

/**
 * Make a content folder from a case folder (its `*.md` and `*.ipynb` become lectures, its
 * `references.bib` the bibliography, its `_freeze/` the frozen cell outputs, its `course.yaml` — if
 * it has one — the course file) with the given course.yaml otherwise.
 */
export function contentFromCase(caseDir: string, courseFile: string): string {
  const contentDir = scratchFolder('check-case');
  mkdirSync(join(contentDir, 'lectures'));
  cpSync(courseFile, join(contentDir, 'course.yaml'));
  for (const name of readdirSync(caseDir)) {
    const target = ['references.bib', 'course.yaml', '_freeze'].includes(name) ? join(contentDir, name) : join(contentDir, 'lectures', name);
    cpSync(join(caseDir, name), target, { recursive: true });
  }
  if (!existsSync(join(contentDir, 'lectures'))) throw new Error(`no lectures in ${caseDir}`);
  return contentDir;
}

/** Run the content check (`lecture-site check`, as `npm run check` does) on a content folder, with `env` added to the environment. */
export function runCheck(contentDir: string, args: string[] = [], env: Record<string, string> = {}): Promise<CheckRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, 'check', '--content', contentDir, ...args], { env: { ...process.env, ...env } },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ status, output: `${stdout}${stderr}`, contentDir });
      });
  });
}
