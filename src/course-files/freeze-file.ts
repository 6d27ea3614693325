import { readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Diagnostic } from '../model/diagnostic.ts';
import { parseFreeze, serializeFreeze, type Freeze } from '../cells/freeze.ts';

/** Where a lecture's frozen outputs live: `<content>/_freeze/<lecture-id>.json`. */
export function freezePath(contentDir: string, lectureId: string): string {
  return join(contentDir, '_freeze', `${lectureId}.json`);
}

/** A freeze file as read: its freeze, its text (to tell whether a rewrite changes it), or its problem. */
export interface FreezeFileContent {
  /** Absent when there is no file yet or it is broken. */
  freeze?: Freeze;
  /** The file's text; absent when there is no file. */
  text?: string;
  /** Why the file cannot be used, at its line. */
  diagnostic?: Diagnostic;
}

/** Read a lecture's freeze file (synchronously, as the course folder is read); a missing file is simply no freeze. */
export function readFreezeFile(path: string): FreezeFileContent {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
  const parsed = parseFreeze(text, path);
  return 'freeze' in parsed ? { freeze: parsed.freeze, text } : { diagnostic: parsed.diagnostic, text };
}

/**
 * Write a freeze file atomically (a temporary file renamed over it), so a build stopped halfway
 * never leaves half a file. Returns whether the text changed; an unchanged file is not touched.
 */
export async function writeFreezeFile(path: string, freeze: Freeze, previousText?: string): Promise<boolean> {
  const text = serializeFreeze(freeze);
  if (text === previousText) return false;
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, path);
  return true;
}
