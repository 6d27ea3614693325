import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../model/diagnostic.ts';
import type { CompiledLecture, CompiledPage } from '../model/lecture.ts';
import { lectureSchema } from '../schemas/lecture.ts';
import { pageSchema } from '../schemas/page.ts';

/**
 * Compiled lectures live in files beside Astro's content store, not in it:
 * Astro bundles that store into the build as JavaScript, which for a large
 * course costs seconds and gigabytes. One JSON file per lecture, named by its
 * id and rewritten when it changes, so a page always reads the latest.
 */
export type StoredDocument = (CompiledLecture | CompiledPage) & {
  /** Digest of the source, the pipeline and the course context it was compiled from. */
  key: string;
};

/** A stored lecture. */
export type StoredLecture = StoredDocument & { kind: 'lecture' };

/** A stored course page. */
export type StoredPage = StoredDocument & { kind: 'page' };

/** The state of the whole course after the last compile. */
export interface CourseStatus {
  /** Every problem of the course (lectures, course rules, course.yaml, the bibliography). */
  diagnostics: Diagnostic[];
  /** The lectures with valid frontmatter, in course order: which are published, and their label. */
  lectures: { id: string; label: string; published: boolean }[];
  /** The course pages that are built (not drafts), by id. */
  pages?: string[];
}

/** The folder of compiled lectures under Astro's cache folder; dev and build keep their own. */
export function compiledDir(cacheDir: URL | string, dev: boolean): string {
  const root = typeof cacheDir === 'string' ? cacheDir : fileURLToPath(cacheDir);
  return join(root, 'lecture-site', dev ? 'dev' : 'build');
}

function writeJson(path: string, value: unknown): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(`${path}.partial`, JSON.stringify(value));
  renameSync(`${path}.partial`, path);
}

const cache = new Map<string, { modified: number; value: unknown }>();

/** A JSON file, parsed (and revived) again only when it changed on disk; undefined when missing or unreadable. */
function readJson<T>(path: string, revive: (value: T) => T = (value) => value): T | undefined {
  const modified = statSync(path, { throwIfNoEntry: false })?.mtimeMs;
  if (modified === undefined) return undefined;
  const hit = cache.get(path);
  if (hit?.modified === modified) return hit.value as T;
  try {
    const value = revive(JSON.parse(readFileSync(path, 'utf8')) as T);
    cache.set(path, { modified, value });
    return value;
  } catch {
    return undefined;
  }
}

/** Store a compiled lecture or page. */
export function writeLecture(dir: string, lecture: StoredDocument): void {
  writeJson(join(dir, `${lecture.id}.json`), lecture);
}

/** The stored compile of a lecture, if any (its frontmatter parsed again, so dates are dates). */
export function readLecture(dir: string, id: string): StoredDocument | undefined {
  return readJson<StoredDocument>(join(dir, `${id}.json`), (stored) => {
    if (!stored.data) return stored;
    return stored.kind === 'page' ? { ...stored, data: pageSchema.parse(stored.data) } : { ...stored, data: lectureSchema.parse(stored.data) };
  });
}

/** Delete the compiled lectures whose files are gone from the course. */
export function pruneLectures(dir: string, keep: ReadonlySet<string>): void {
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    if (name.isFile() && name.name.endsWith('.json') && name.name !== STATUS && !keep.has(name.name.slice(0, -5))) {
      rmSync(join(dir, name.name), { force: true });
    }
  }
}

const STATUS = 'status.json';

/** Record the course's state after a compile. */
export function writeStatus(dir: string, status: CourseStatus): void {
  writeJson(join(dir, STATUS), status);
}

/** The course's state after the last compile; undefined before the first. */
export function readStatus(dir: string): CourseStatus | undefined {
  return readJson<CourseStatus>(join(dir, STATUS));
}

/** Which compile the status is from (its file's modification time), to tell a page made before the last compile; undefined before the first. */
export function statusVersion(dir: string): string | undefined {
  try {
    return String(statSync(join(dir, STATUS)).mtimeMs);
  } catch {
    return undefined;
  }
}
