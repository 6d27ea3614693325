import type { RevealOptions } from '../schemas/reveal.ts';
import type { Course } from '../schemas/course.ts';
import type { LectureData } from '../schemas/lecture.ts';
import { slideFrameOf } from '../model/slide-frame.ts';

/** reveal.js settings of every deck before course and lecture overrides (the frame's size is the lecture's: `deckOptions`). */
export const DECK_DEFAULTS = {
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

/** The options a deck starts with: its frame's size, with pacing in seconds when the lecture has a duration. */
export type DeckOptions = typeof DECK_DEFAULTS & RevealOptions & { width: number; height: number; totalTime?: number };

/**
 * Merge the deck defaults, the course's `reveal:` and the lecture's `reveal:` (last wins); the frame
 * is the lecture's shape (its Quarto `width:`/`height:`, else the course's `aspect`) at 1920 pixels wide.
 */
export function deckOptions(course: Course, lecture: LectureData): DeckOptions {
  const options: DeckOptions = { ...DECK_DEFAULTS, ...course.reveal, ...lecture.reveal, ...slideFrameOf(course.aspect, lecture) } as DeckOptions;
  if (lecture.duration) options.totalTime = Math.round(lecture.duration * 60);
  return options;
}
