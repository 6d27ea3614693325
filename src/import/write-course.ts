import { copyFile, mkdir, mkdtemp, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../model/diagnostic.ts';
import { progressLine } from '../terminal/progress.ts';
import { importNote } from './notes.ts';
import type { PlannedFile } from './types.ts';

/** What a write did: the files written (paths in the course folder), or why nothing was. */
export type WriteOutcome = { written: string[] } | { refused: Diagnostic };

/** Whether `inner` is `outer` or inside it. */
const isWithin = (inner: string, outer: string) => {
  const path = relative(resolve(outer), resolve(inner));
  return !(path === '..' || path.startsWith(`..${sep}`) || isAbsolute(path));
};

/** Why `out` cannot take the course folder, if it cannot: a file, or a folder with files (without `force`), or the project's own folder. */
async function refusal(from: string, out: string, force: boolean): Promise<Diagnostic | undefined> {
  const refuse = (reason: string, fix: string) => importNote(out, 1, 'import-out', reason, fix, 'error');
  const found = await stat(out).catch(() => undefined);
  if (!found) return undefined;
  if (!found.isDirectory()) return refuse(`${out} is a file, not a folder`, 'name a folder with --out');
  if (isWithin(from, out)) return refuse(`${out} holds the project being imported`, 'name another folder with --out');
  if (!force && (await readdir(out)).length > 0) return refuse(`${out} is not empty`, 'name an empty or new folder with --out, or add --force to replace what it holds');
  return undefined;
}

/** Write every planned file under `folder`: texts as UTF-8, copies byte for byte from the project (a progress line on a terminal). */
async function writeFiles(files: readonly PlannedFile[], from: string, folder: string): Promise<void> {
  const progress = progressLine('writing the course folder', files.length);
  try {
    for (const [index, file] of files.entries()) {
      progress.advance(index);
      const path = join(folder, ...file.path.split('/'));
      await mkdir(dirname(path), { recursive: true });
      if ('text' in file) await writeFile(path, file.text, 'utf8');
      else await copyFile(join(from, ...file.copyOf.split('/')), path);
    }
  } finally {
    progress.finish();
  }
}

/**
 * Write a planned course folder to `out`, all or nothing: into a new folder beside it, which then
 * takes `out`'s place (a folder `out` held before is removed only once the new one is in place).
 * A folder with files is replaced only with `force`; a failed write leaves `out` as it was.
 */
export async function writeCourseFolder(files: readonly PlannedFile[], from: string, out: string, force: boolean): Promise<WriteOutcome> {
  const refused = await refusal(from, out, force);
  if (refused) return { refused };
  await mkdir(dirname(resolve(out)), { recursive: true });
  const staging = await mkdtemp(join(dirname(resolve(out)), `.${basename(resolve(out))}.import-`));
  try {
    await writeFiles(files, from, staging);
    const previous = await stat(out).then(() => `${staging}.previous`, () => undefined);
    if (previous) await rename(out, previous);
    try {
      await rename(staging, out);
    } catch (error) {
      if (previous) await rename(previous, out).catch(() => undefined);
      throw error;
    }
    if (previous) await rm(previous, { recursive: true, force: true });
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    return { refused: importNote(out, 1, 'import-out', `the course folder could not be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, 'check the folder can be written and there is room, then import again; nothing was changed', 'error') };
  }
  return { written: files.map((file) => file.path) };
}
