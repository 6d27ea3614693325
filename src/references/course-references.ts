import type { CitationUse, Slide } from '../model/lecture.ts';
import type { CitationContext } from './context.ts';
import { citeLabels, formatEntry } from './format.ts';

/** Where a work is cited: one lecture slide (and its notes section). */
export interface CitingPlace {
  lectureId: string;
  lectureLabel: string;
  slideId: string;
  slideTitle: string;
}

/** One work of the course bibliography, formatted in the course style, as the `/references/` page lists it. */
export interface FormattedReference {
  key: string;
  html: string;
  group: string;
}

/** One work of the course bibliography with every place that cites it. */
export interface CourseReference extends FormattedReference {
  places: CitingPlace[];
}

/** Headings of the `/references/` groups, by CSL item type. */
const GROUPS: Record<string, string> = {
  'article-journal': 'Papers',
  'paper-conference': 'Papers',
  article: 'Papers',
  book: 'Books',
  chapter: 'Books',
  dataset: 'Datasets',
  software: 'Software and documentation',
};

/** Group name of a CSL type (anything else is a website or other source). */
function referenceGroup(type: string | undefined): string {
  return GROUPS[type ?? ''] ?? 'Websites and other sources';
}

/** A lecture as the references page needs it. */
export interface CitingLecture {
  id: string;
  label: string;
  slides: Slide[];
  citations: CitationUse[];
}

/**
 * Every work in the bibliography formatted once in the course style, in
 * author–year order: what the lecture loader keeps beside the compiled
 * lectures, so the `/references/` page formats nothing itself.
 */
export function formatCourseReferences(context: CitationContext): FormattedReference[] {
  const label = (key: string) => citeLabels(context.bibliography.entries.get(key)!, 'apa', 0).inBrackets;
  return [...context.bibliography.entries.values()]
    .map((entry) => ({ key: entry.id, html: formatEntry(entry, context.style), group: referenceGroup(entry.type) }))
    .sort((a, b) => label(a.key).localeCompare(label(b.key)));
}

/** The formatted works, in their order, each with every distinct slide of each published lecture that cites it. */
export function courseReferences(formatted: readonly FormattedReference[], lectures: CitingLecture[]): CourseReference[] {
  const places = new Map<string, CitingPlace[]>();
  for (const lecture of lectures) {
    const titles = new Map(lecture.slides.map((slide) => [slide.id, slide.title]));
    for (const use of lecture.citations) {
      const list = places.get(use.key) ?? [];
      if (!list.some((place) => place.lectureId === lecture.id && place.slideId === use.slideId)) {
        list.push({ lectureId: lecture.id, lectureLabel: lecture.label, slideId: use.slideId, slideTitle: titles.get(use.slideId) || 'slide' });
      }
      places.set(use.key, list);
    }
  }
  return formatted.map((reference) => ({ ...reference, places: places.get(reference.key) ?? [] }));
}
