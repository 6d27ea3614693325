import { z } from 'zod';
import { CITATION_STYLES } from '../references/format.ts';
import { revealOptionsSchema } from './reveal.ts';

/** A person who teaches the course. */
const lecturerSchema = z.strictObject({
  /** Full name as printed on the title slide. */
  name: z.string().min(1),
  /** Departments, centres or groups, one line each. */
  affiliations: z.array(z.string().min(1)).default([]),
});

/** One entry of the module outline (every lecture, published or not). */
const outlineEntrySchema = z.strictObject({
  /** Lecture number; matches `number` in a lecture file's frontmatter. */
  number: z.number().int().positive(),
  /** Lecture title as announced in the module outline. */
  title: z.string().min(1),
});

/** One component of the assessment scheme. */
const assessmentSchema = z.strictObject({
  /** Name of the component, e.g. "Computer labs". */
  name: z.string().min(1),
  /** Weight as printed, e.g. "8×3%" or "76%". */
  weight: z.string().min(1),
  /** What students hand in and when. */
  details: z.array(z.string().min(1)).default([]),
});

/** The course configuration, `content/course.yaml`. */
export const courseSchema = z.strictObject({
  /** Course title, e.g. "Machine Learning for Materials". */
  title: z.string().min(1),
  /** Institution that runs the course. */
  institution: z.string().min(1).optional(),
  /** Lecturers, first one shown on title slides. */
  lecturers: z.array(lecturerSchema).min(1),
  /** BCP 47 language of the content, set as `lang` on every page. */
  language: z.string().min(2).default('en'),
  /** The module outline: every lecture in order. */
  outline: z.array(outlineEntrySchema).default([]),
  /** The assessment scheme. */
  assessment: z.array(assessmentSchema).default([]),
  /** CSL style of citations and bibliographies: author–year `apa` or `harvard1`, numeric `vancouver`. */
  citationStyle: z.enum(CITATION_STYLES).default('apa'),
  /** reveal.js options for every deck of the course (a lecture may override them). */
  reveal: revealOptionsSchema.default({}),
});

/** The validated course configuration. */
export type Course = z.infer<typeof courseSchema>;
