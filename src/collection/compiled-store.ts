import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CourseFolder } from '../course-files/read-course.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import type { CompiledLecture, CompiledPage } from '../model/lecture.ts';
import type { CitationContext } from '../references/context.ts';
import { formatCourseReferences, type FormattedReference } from '../references/course-references.ts';
import { formattedTexts, rememberFormattedTexts, type FormattedTexts } from '../references/format.ts';
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

/** The problems of a course as one compile found them, and what it compiled. */
export interface CourseResult {
  /** Every problem of the course (lectures, course rules, course.yaml, the bibliography). */
  diagnostics: Diagnostic[];
  /** `courseDigest` of the course folder as read and the pipeline that compiled it. */
  source: string;
}

/** The state of the whole course after the last compile. */
export interface CourseStatus extends CourseResult {
  /** The lectures with valid frontmatter, in course order: which are published, and their label. */
  lectures: { id: string; label: string; published: boolean }[];
  /** The course pages that are built (not drafts), by id. */
  pages?: string[];
}

/** Maps and Sets as their entries: JSON that changes whenever they do. */
const digestible = (_key: string, value: unknown) => (value instanceof Map || value instanceof Set ? [...value] : value);

/** The module of the course compile (every lecture, then the rules across lectures): `pipelineDigest` of it is `courseDigest`'s code. */
export const COURSE_COMPILER = fileURLToPath(new URL('../compile/compile-course.ts', import.meta.url));

/**
 * A digest of everything a compile of the course reads (the course folder as
 * read: lecture files, frozen outputs, drawn diagrams, course.yaml, the
 * bibliography, site files, image facts) and of the code that compiles it
 * (`pipeline`: `pipelineDigest(COURSE_COMPILER)`): equal digests, equal problems.
 */
export function courseDigest(folder: CourseFolder, pipeline: string): string {
  const hash = createHash('sha256').update(pipeline).update('\0');
  for (const { bytes, ...source } of folder.sources) hash.update(bytes).update('\0').update(JSON.stringify(source, digestible)).update('\0');
  return hash.update(JSON.stringify([folder.context ?? null, folder.diagnostics], digestible)).digest('base64url');
}

/** The folder of compiled lectures under Astro's cache folder; dev and build keep their own (`check` keeps what it found in the build's). */
export function compiledDir(cacheDir: URL | string, dev: boolean): string {
  const root = typeof cacheDir === 'string' ? cacheDir : fileURLToPath(cacheDir);
  return join(root, 'lecture-site', dev ? 'dev' : 'build');
}

/** Write a file whole or not at all: a page reading it meanwhile sees the old one (and two processes writing it, one whole file). */
function writeText(path: string, text: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, text);
  renameSync(partial, path);
}

const writeJson = (path: string, value: unknown) => writeText(path, JSON.stringify(value));

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

const STATUS = 'status.json';
const REFERENCES = 'references.json';
const CHECKED = 'checked.json';

/** Delete the compiled lectures whose files are gone from the course. */
export function pruneLectures(dir: string, keep: ReadonlySet<string>): void {
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    if (name.isFile() && name.name.endsWith('.json') && ![STATUS, REFERENCES, CHECKED].includes(name.name) && !keep.has(name.name.slice(0, -5))) {
      rmSync(join(dir, name.name), { force: true });
    }
  }
}

/**
 * The course bibliography as the last compile formatted it: citeproc's texts
 * (for the next process's compiles) and every work for the `/references/`
 * page, so neither starts citeproc again for what it already made.
 */
export interface StoredReferences {
  /** Digest of the code and packages that formatted them (src/collection/pipeline-digest.ts): texts of another are not reused. */
  pipeline: string;
  texts: FormattedTexts;
  /** Every work, formatted in the course style, in the page's order. */
  references: FormattedReference[];
}

/** Store the formatted bibliography (rewritten only when it changed, so a save in `astro dev` leaves it alone). */
export function writeReferences(dir: string, references: StoredReferences): void {
  const path = join(dir, REFERENCES);
  const text = JSON.stringify(references);
  if (statSync(path, { throwIfNoEntry: false })?.size === Buffer.byteLength(text) && readFileSync(path, 'utf8') === text) return;
  writeText(path, text);
}

/** The formatted bibliography of the last compile; undefined before the first. */
export function readReferences(dir: string): StoredReferences | undefined {
  return readJson<StoredReferences>(join(dir, REFERENCES));
}

/** Format every work of the course bibliography (citeproc runs only for what is not formatted yet) and store it with its texts. */
export function storeCourseReferences(dir: string, pipeline: string, citations: CitationContext): void {
  const references = formatCourseReferences(citations);
  writeReferences(dir, { pipeline, texts: formattedTexts(citations.bibliography.entries.values()), references });
}

/** Let this process's compiles use the texts stored by an earlier one with the same pipeline, instead of starting citeproc. */
export function reuseStoredTexts(dir: string, pipeline: string): void {
  const stored = readReferences(dir);
  if (stored?.pipeline === pipeline) rememberFormattedTexts(stored.texts);
}

/** Record the course's state after a compile. */
export function writeStatus(dir: string, status: CourseStatus): void {
  writeJson(join(dir, STATUS), status);
}

/** The course's state after the last compile; undefined before the first. */
export function readStatus(dir: string): CourseStatus | undefined {
  return readJson<CourseStatus>(join(dir, STATUS));
}

/** Record what `lecture-site check` found, for the next check of the same course. */
export function writeCheck(dir: string, result: CourseResult): void {
  writeJson(join(dir, CHECKED), result);
}

/** The problems the last compile found of a course folder whose `courseDigest` is `source`, by a build or a check; undefined if none compiled it. */
export function knownResult(dir: string, source: string): Diagnostic[] | undefined {
  return [readStatus(dir), readJson<CourseResult>(join(dir, CHECKED))].find((result) => result?.source === source)?.diagnostics;
}

/** Which compile the status is from (its file's modification time), to tell a page made before the last compile; undefined before the first. */
export function statusVersion(dir: string): string | undefined {
  try {
    return String(statSync(join(dir, STATUS)).mtimeMs);
  } catch {
    return undefined;
  }
}
