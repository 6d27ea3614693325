import { cacheDir } from 'astro:config/server';
import { getCollection, type CollectionEntry } from 'astro:content';
import { formatDiagnostic } from '../model/diagnostic.ts';
import { isPublished } from '../model/lecture.ts';
import { compiledDir, readLecture, readStatus, statusVersion, type StoredLecture, type StoredPage } from './compiled-store.ts';
import { COURSE_ERROR_HINT } from '../model/course-error.ts';
import { compileSettled, errorPageServed } from './compile-in-progress.ts';
import { contentError } from './content-error.ts';

/** An entry of the content collection: a lecture or a course page (its validated frontmatter). */
type Document = CollectionEntry<'documents'>;

/** A lecture entry of the content collection. */
export type Lecture = Document & { data: Extract<Document['data'], { kind: 'lecture' }> };

/** A course page entry of the content collection. */
export type CoursePage = Document & { data: Extract<Document['data'], { kind: 'page' }> };

const isLecture = (entry: Document): entry is Lecture => entry.data.kind === 'lecture';
const isPage = (entry: Document): entry is CoursePage => entry.data.kind === 'page';

/** Where the loader keeps compiled lectures for this server or build. */
const COMPILED = compiledDir(cacheDir, import.meta.env.DEV);

/**
 * Stop a page while the course has errors, each at its file:line. A build
 * never gets here (the loader stops it first); in `astro dev` this is what
 * puts the problems into Astro's error overlay, until the file is fixed and saved
 * (a page asked for while a saved change compiles waits for it).
 */
async function assertCourseCompiles(): Promise<void> {
  if (import.meta.env.DEV) await compileSettled(COMPILED);
  const errors = readStatus(COMPILED)?.diagnostics.filter((diagnostic) => diagnostic.severity === 'error') ?? [];
  if (errors.length > 0) {
    if (import.meta.env.DEV) errorPageServed(COMPILED);
    throw contentError(errors.map(formatDiagnostic).join('\n'), COURSE_ERROR_HINT);
  }
}

/** In `astro dev`, the last compile once none is running: what a page asked for now is made from (src/client/dev-refresh.ts asks the server whether a newer one exists). */
export async function settledCompiledVersion(): Promise<string | undefined> {
  await compileSettled(COMPILED);
  return statusVersion(COMPILED);
}

/** Published lectures in course order. */
export async function publishedLectures(): Promise<Lecture[]> {
  await assertCourseCompiles();
  const lectures = (await getCollection('documents')).filter(isLecture).filter((entry) => isPublished(entry.data));
  return lectures.sort((a, b) => a.data.number - b.data.number);
}

/** Published course pages in their order (`order:`, then title). */
export async function publishedPages(): Promise<CoursePage[]> {
  await assertCourseCompiles();
  const pages = (await getCollection('documents')).filter(isPage).filter((entry) => !entry.data.draft);
  return pages.sort((a, b) => (a.data.order ?? Infinity) - (b.data.order ?? Infinity) || a.data.title.localeCompare(b.data.title));
}

/** Lectures not published yet (drafts, or not yet available), by number. */
export async function upcomingLectures(): Promise<Map<number, Lecture>> {
  const lectures = (await getCollection('documents')).filter(isLecture).filter((entry) => !isPublished(entry.data));
  return new Map(lectures.map((lecture) => [lecture.data.number, lecture]));
}

/** The compiled lecture (deck, notes, headings, references) or page as the loader stored it. */
export function compiledOf(document: Lecture): StoredLecture;
export function compiledOf(document: CoursePage): StoredPage;
export function compiledOf(document: Lecture | CoursePage): StoredLecture | StoredPage {
  const compiled = readLecture(COMPILED, document.id);
  if (!compiled) {
    throw contentError(`The compiled ${document.data.kind} ${document.id} is missing from the build cache.`,
      'Build again; if it persists, delete node_modules/.astro and build again.');
  }
  return compiled as StoredLecture | StoredPage;
}

/** The deck's slides as one HTML string, as reveal.js reads them. */
export function deckHtml(compiled: StoredLecture): string {
  return compiled.slides.map((slide) => slide.html).join('\n');
}

/** "Lecture 1". */
export function lectureLabel(lecture: Lecture): string {
  return `Lecture ${lecture.data.number}`;
}
