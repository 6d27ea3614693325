import { z } from 'zod';
import { revealOptionsSchema } from './reveal.ts';

/**
 * Frontmatter of a lecture file (`content/lectures/NN-slug.md`). Unknown keys
 * are an error, so a misspelt key is caught instead of silently ignored.
 */
export const lectureSchema = z.strictObject({
  /** Lecture title, shown on the title slide, the notes page and the home page. */
  title: z.string().min(1),
  /** Position in the course (1 for the first lecture); unique across lectures. */
  number: z.number().int().positive(),
  /** Optional second line under the title. */
  subtitle: z.string().min(1).optional(),
  /** When the lecture is given (YAML date, e.g. 2026-01-12). */
  date: z.coerce.date().optional(),
  /** One-paragraph synopsis, used on the home page and in page metadata. */
  description: z.string().min(1).optional(),
  /** A draft is not built; the home page lists it as upcoming. */
  draft: z.boolean().default(false),
  /** Planned length in minutes; the speaker view paces the slides to it. */
  duration: z.number().positive().optional(),
  /** Reveal every list item by item unless a list sits in `:::nonincremental`. */
  incremental: z.boolean().default(false),
  /** reveal.js options for this lecture, over the course's `reveal:` defaults. */
  reveal: revealOptionsSchema.optional(),
});

/** A lecture's validated frontmatter. */
export type LectureData = z.infer<typeof lectureSchema>;
