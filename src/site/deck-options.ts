import type { RevealOptions } from '../schemas/reveal.ts';
import type { Course } from '../schemas/course.ts';
import type { LectureData } from '../schemas/lecture.ts';

/** reveal.js settings of every deck before course and lecture overrides. */
export const DECK_DEFAULTS = {
  width: 1920,
  height: 1080,
  margin: 0.04,
  hash: true,
  center: false,
  slideNumber: 'c/t',
  showSlideNumber: 'all',
  progress: true,
  controls: true,
  transition: 'slide',
  transitionSpeed: 'fast',
  scrollActivationWidth: 700,
} as const;

/** The options a deck starts with, with pacing in seconds when the lecture has a duration. */
export type DeckOptions = typeof DECK_DEFAULTS & RevealOptions & { totalTime?: number };

/** Merge the deck defaults, the course's `reveal:` and the lecture's `reveal:` (last wins). */
export function deckOptions(course: Course, lecture: LectureData): DeckOptions {
  const options: DeckOptions = { ...DECK_DEFAULTS, ...course.reveal, ...lecture.reveal } as DeckOptions;
  if (lecture.duration) options.totalTime = Math.round(lecture.duration * 60);
  return options;
}
