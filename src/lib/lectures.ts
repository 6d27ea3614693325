import { getCollection, type CollectionEntry } from 'astro:content';
import { lectureViewsOf, type LectureViews } from '../markdown/lecture-views.ts';

/** A lecture entry of the content collection. */
export type Lecture = CollectionEntry<'lectures'>;

/** Published (non-draft) lectures in course order. */
export async function publishedLectures(): Promise<Lecture[]> {
  const lectures = await getCollection('lectures', (entry) => !entry.data.draft);
  return lectures.sort((a, b) => a.data.number - b.data.number);
}

/**
 * The deck and slide list the Markdown pipeline stored for a lecture. Astro
 * only logs a failed render and goes on, so a missing result stops the build
 * here rather than shipping an empty page.
 */
export function viewsOf(lecture: Lecture): LectureViews {
  const views = lectureViewsOf(lecture.rendered?.metadata?.frontmatter as Record<string, unknown> | undefined);
  if (!views) {
    throw new Error(
      `${lecture.filePath ?? lecture.id} could not be rendered (see the error above). ` +
        'Run `npm run check` for every problem with its line, fix them and build again.',
    );
  }
  return views;
}

/** Two-digit lecture label, e.g. "Lecture 1". */
export function lectureLabel(lecture: Lecture): string {
  return `Lecture ${lecture.data.number}`;
}
