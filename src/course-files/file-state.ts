import { statSync } from 'node:fs';

/**
 * A file's size and time of change, to tell whether it changed since: a file
 * written in place (truncated, then filled) may be read half written, and the
 * watcher need not fire again for the rest.
 */
export function fileState(path: string): string {
  const stats = statSync(path, { throwIfNoEntry: false });
  return stats ? `${stats.size}:${stats.mtimeMs}` : 'missing';
}

/** `read()` of the file at `path`, done again until the file did not change while it ran. */
export function readUnchanged<T>(path: string, read: () => T): T {
  for (;;) {
    const before = fileState(path);
    const value = read();
    if (fileState(path) === before) return value;
  }
}
