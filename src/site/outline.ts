import type { Course } from '../schemas/course.ts';

/** One line of the course's list of lectures. */
export interface OutlineEntry {
  number: number;
  title: string;
}

/**
 * The lectures the home page and the sidebar list: course.yaml's `outline`
 * (which may announce lectures not written yet) and every lecture file
 * besides, by number, so a lecture missing from the outline is still listed.
 */
export function courseOutline(course: Pick<Course, 'outline'>, lectures: Iterable<{ number: number; title: string }>): OutlineEntry[] {
  const entries = new Map(course.outline.map((entry) => [entry.number, entry]));
  for (const lecture of lectures) if (!entries.has(lecture.number)) entries.set(lecture.number, lecture);
  return [...entries.values()].sort((a, b) => a.number - b.number);
}
