import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A content-addressed store of rendered SVG, one file per key. */
export interface DiagramCache {
  /** The SVG stored under `key`, or undefined when there is none. */
  get(key: string): Promise<string | undefined>;
  /** Store `svg` under `key`. */
  set(key: string, svg: string): Promise<void>;
}

/** The cache key of a diagram: a hash of everything its SVG depends on. */
export function diagramKey(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/**
 * A diagram cache in the folder `dir` (made when first written). Files are
 * written under a temporary name and renamed, so a build stopped half-way
 * never leaves a truncated SVG to be served on the next one.
 */
export function diskCache(dir: string): DiagramCache {
  const path = (key: string) => join(dir, `${key}.svg`);
  return {
    async get(key) {
      try {
        return await readFile(path(key), 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    async set(key, svg) {
      await mkdir(dir, { recursive: true });
      const temporary = `${path(key)}.${process.pid}.tmp`;
      await writeFile(temporary, svg);
      await rename(temporary, path(key));
    },
  };
}
