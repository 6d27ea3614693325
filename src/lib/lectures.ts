import { getCollection, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { lectureViewsOf, type StoredViews } from '../markdown/lecture-views.ts';
import { htmlFileOf, loadHtml, type LectureHtml } from './lecture-html-store.ts';

/** A lecture entry of the content collection. */
export type Lecture = CollectionEntry<'lectures'>;

/** Whether a lecture is published at `now`: not a draft, and its `available` date (if any) has come. */
export function isPublished(data: Lecture['data'], now = new Date()): boolean {
  return !data.draft && (!data.available || data.available <= now);
}

/** Published lectures in course order. */
export async function publishedLectures(): Promise<Lecture[]> {
  const lectures = await getCollection('lectures', (entry) => isPublished(entry.data));
  return lectures.sort((a, b) => a.data.number - b.data.number);
}

/** Lectures not published yet (drafts, or not yet available), by number. */
export async function upcomingLectures(): Promise<Map<number, Lecture>> {
  const lectures = await getCollection('lectures', (entry) => !isPublished(entry.data));
  return new Map(lectures.map((lecture) => [lecture.data.number, lecture]));
}

/**
 * The deck and slide list the Markdown pipeline stored for a lecture. A
 * lecture with content errors stops the build here with every error at its
 * file:line (in `astro dev`, Astro's error overlay shows them), rather than
 * shipping a page that looks finished.
 */
export function viewsOf(lecture: Lecture): StoredViews {
  const frontmatter = lecture.rendered?.metadata?.frontmatter as Record<string, unknown> | undefined;
  const errors = frontmatter?.lectureErrors as string[] | undefined;
  if (errors) throw new AstroError(errors.join('\n'), 'Fix these and save; `npm run check` lists every problem of the course.');
  const views = lectureViewsOf(frontmatter);
  if (!views) {
    throw new Error(
      `${lecture.filePath ?? lecture.id} could not be rendered (see the error above). ` +
        'Run `npm run check` for every problem with its line, fix them and build again.',
    );
  }
  return views;
}

/** The rendered notes and deck HTML of a lecture, from the file the content store names. */
export function htmlOf(lecture: Lecture): LectureHtml {
  const file = htmlFileOf(lecture.rendered);
  const html = file === undefined ? undefined : loadHtml(file);
  if (!html) {
    throw new AstroError(
      `The rendered HTML of ${lecture.filePath ?? lecture.id} is missing from the build cache.`,
      'Build again; if it persists, delete node_modules/.astro and build again.',
    );
  }
  return html;
}

/** Two-digit lecture label, e.g. "Lecture 1". */
export function lectureLabel(lecture: Lecture): string {
  return `Lecture ${lecture.data.number}`;
}
