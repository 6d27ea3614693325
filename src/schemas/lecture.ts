import { z } from 'zod';
import { executeSchema } from './execute.ts';
import { quartoKeys } from './quarto.ts';
import { revealOptionsSchema } from './reveal.ts';

/** Whether `YYYY-MM-DD…` names a day that exists (JavaScript reads 2026-02-30 as 2 March). */
function isRealDay(text: string): boolean {
  const day = text.slice(0, 10);
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day;
}

/** A calendar date as YAML writes it (`2026-01-12`, optionally with a time), or a date already read. */
const calendarDate = z.union([
  z.date(),
  z.string()
    .regex(/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/, 'write the date as YYYY-MM-DD')
    .refine(isRealDay, 'that day does not exist (check the month and the day)')
    .transform((text) => new Date(text.length === 10 ? `${text}T00:00:00Z` : text)),
]);

/** Kinds of source material a lecture can point students to. */
const SOURCE_KINDS = ['notebook', 'repository', 'dataset', 'reading', 'software', 'website', 'video'] as const;

/** One source material of a lecture (frontmatter `sources:`). */
export const sourceSchema = z.strictObject({
  /** What students see as the link text. */
  title: z.string().min(1),
  /** Where it lives (http or https). */
  url: z.url({ protocol: /^https?$/ }),
  /** What kind of material it is: notebook, repository, dataset, reading, software, website or video. */
  kind: z.enum(SOURCE_KINDS),
  /** One line on why it is worth opening. */
  note: z.string().min(1).optional(),
});

/** A validated source material entry. */
export type SourceMaterial = z.infer<typeof sourceSchema>;

/**
 * Frontmatter of a lecture file (`content/lectures/NN-slug.md` or `.qmd`),
 * with the Quarto keys a deck uses. Unknown keys are an error, so a misspelt
 * key is caught instead of silently ignored.
 */
export const lectureSchema = z.strictObject({
  /** Lecture title, shown on the title slide, the notes page and the home page. */
  title: z.string().min(1),
  /** Position in the course (1 for the first lecture); unique across lectures. */
  number: z.number().int().positive(),
  /** Optional second line under the title. */
  subtitle: z.string().min(1).optional(),
  /** When the lecture is given (YAML date, e.g. 2026-01-12). */
  date: calendarDate.optional(),
  /** One-paragraph synopsis, used on the home page and in page metadata. */
  description: z.string().min(1).optional(),
  /** A draft is not built; the home page lists it as upcoming. */
  draft: z.boolean().default(false),
  /** Treated as a draft until this date (checked at build time), e.g. to publish after the lecture. */
  available: calendarDate.optional(),
  /** Planned length in minutes; the speaker view paces the slides to it. */
  duration: z.number().positive().optional(),
  /** Reveal every list item by item unless a list sits in `:::nonincremental`. */
  incremental: z.boolean().default(false),
  /** Whether a slide too tall for the frame continues on the next slide (course.yaml `paginate:` when not given). */
  paginate: z.boolean().optional(),
  /** reveal.js options for this lecture, over the course's `reveal:` defaults. */
  reveal: revealOptionsSchema.optional(),
  /** Notebooks, repositories, datasets and reading for this lecture. */
  sources: z.array(sourceSchema).default([]),
  /** Defaults for the lecture's code cells (`echo`, `eval`, `output`, …) and their time limit in seconds (`timeout`). */
  execute: executeSchema.optional(),
  ...quartoKeys,
});

/** A lecture's validated frontmatter. */
export type LectureData = z.infer<typeof lectureSchema>;
