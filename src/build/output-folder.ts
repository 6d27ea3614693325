import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../course-files/content-dir.ts';
import { processAlive } from './process-alive.ts';

/** Where builds are written before they replace the output: inside the project, so Astro resolves its packages from there. */
const STAGING_ROOT = join(PROJECT_ROOT, 'node_modules', '.lecture-site', 'staging');

/**
 * A fresh folder to build into, in place of the output folder. Staging
 * folders of builds that died are removed first.
 */
export function stagingFolder(name: string): string {
  const root = resolve(STAGING_ROOT);
  mkdirSync(root, { recursive: true });
  for (const old of readdirSync(root)) {
    const pid = Number(old.split('-').at(-1));
    if (!Number.isInteger(pid) || !processAlive(pid)) rmSync(join(root, old), { recursive: true, force: true });
  }
  const folder = join(root, `${name}-${process.pid}`);
  rmSync(folder, { recursive: true, force: true });
  return folder;
}

/** Move a folder, across file systems if it must (a rename cannot cross them). */
function move(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    try {
      cpSync(from, to, { recursive: true });
    } catch (copyError) {
      rmSync(to, { recursive: true, force: true }); // A disk that filled up mid-copy leaves no half copy behind.
      throw copyError;
    }
    rmSync(from, { recursive: true, force: true });
  }
}

/**
 * Put a finished build in place of the output folder: copied beside it first
 * (same file system), then two renames, so the output is always the old
 * site or the new one. A swap interrupted between the renames is finished by
 * `recoverOutput` on the next run.
 */
export function replaceOutput(staging: string, output: string): void {
  const target = resolve(output);
  mkdirSync(dirname(target), { recursive: true });
  const incoming = `${target}.incoming-${process.pid}`;
  const outgoing = `${target}.outgoing-${process.pid}`;
  move(staging, incoming);
  if (existsSync(target)) renameSync(target, outgoing);
  renameSync(incoming, target);
  rmSync(outgoing, { recursive: true, force: true });
}

/**
 * Undo what a swap interrupted between its renames left: an output folder
 * missing while the old one waits beside it. Leftover copies are removed.
 */
export function recoverOutput(output: string): void {
  const target = resolve(output);
  const parent = dirname(target);
  if (!existsSync(parent)) return;
  const leftovers = readdirSync(parent).filter((name) => name.startsWith(`${basename(target)}.outgoing-`) || name.startsWith(`${basename(target)}.incoming-`));
  for (const name of leftovers) {
    const path = join(parent, name);
    if (!existsSync(target) && name.includes('.outgoing-')) renameSync(path, target);
    else rmSync(path, { recursive: true, force: true });
  }
}

/** Remove a staging folder (a failed or interrupted build). */
export function discardStaging(staging: string): void {
  rmSync(staging, { recursive: true, force: true });
}
