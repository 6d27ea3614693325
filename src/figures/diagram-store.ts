import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Drawn SVG kept by name, one file per drawing. */
export interface DiagramStore {
  /** The SVG stored under `name`, or undefined when there is none. */
  get(name: string): Promise<string | undefined>;
  /** Store `svg` under `name`. */
  set(name: string, svg: string): Promise<void>;
}

/** A store in a folder that can drop what it was not asked for. */
export interface DiskDiagramStore extends DiagramStore {
  /** Delete every drawing this store was not asked for (`get` or `set`) since it was made; the folder too when that empties it. */
  prune(): Promise<void>;
}

/** The key of a drawing: a hash of everything its SVG depends on. */
export function diagramKey(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/**
 * A diagram store in the folder `dir` (made when first written), `<name>.svg` per drawing. Files
 * are written under a temporary name and renamed, so a build stopped half-way never leaves a
 * truncated SVG to be served on the next one.
 */
export function diskStore(dir: string): DiskDiagramStore {
  const path = (name: string) => join(dir, `${name}.svg`);
  const asked = new Set<string>();
  return {
    async get(name) {
      asked.add(name);
      try {
        return await readFile(path(name), 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    async set(name, svg) {
      asked.add(name);
      await mkdir(dir, { recursive: true });
      const temporary = `${path(name)}.${process.pid}.tmp`;
      await writeFile(temporary, svg);
      await rename(temporary, path(name));
    },
    async prune() {
      const files = await readdir(dir).catch(() => []);
      const unused = files.filter((file) => file.endsWith('.svg') && !asked.has(file.slice(0, -4)));
      await Promise.all(unused.map((file) => rm(join(dir, file), { force: true })));
      if (unused.length === files.length) await rm(dir, { recursive: true, force: true });
    },
  };
}
