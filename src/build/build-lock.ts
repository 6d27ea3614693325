import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PROJECT_ROOT } from '../course-files/content-dir.ts';
import { processAlive } from './process-alive.ts';

/** The lock every `lecture-site build` and `pdf` of a project takes: they share Astro's cache and staging folder. */
export const BUILD_LOCK = join(PROJECT_ROOT, 'node_modules', '.lecture-site', 'build.lock');

/**
 * Take the project's build lock, or say who holds it. A lock left by a process
 * that is gone (killed, or the machine restarted) is taken over.
 */
export function acquireBuildLock(command: string, path = BUILD_LOCK): { release: () => void } {
  mkdirSync(dirname(path), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid, command, started: new Date().toISOString() }));
      closeSync(fd);
      let held = true;
      return { release: () => { if (held) rmSync(path, { force: true }); held = false; } };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(path);
      if (holder && processAlive(holder.pid)) {
        throw new Error(`another ${holder.command} of this project is running (process ${holder.pid}, since ${holder.started}); wait for it to finish, or stop it, and run this again`, { cause: error });
      }
      rmSync(path, { force: true });
    }
  }
  throw new Error(`could not take the build lock ${path}`);
}

function readHolder(path: string): { pid: number; command: string; started: string } | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}
