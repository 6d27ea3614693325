import { z } from 'zod';
import { revealOptionsSchema } from './reveal.ts';

/** CSL styles bundled with citation-js that the course config may choose. */
export const CITATION_STYLES = ['apa', 'harvard1', 'vancouver'] as const;
/** A citation style name. */
export type CitationStyle = (typeof CITATION_STYLES)[number];

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

/** One computer lab or assignment of the course. */
const labSchema = z.strictObject({
  /** Lab title, e.g. "Crystal hardness". */
  title: z.string().min(1),
  /** Teaching week it runs in. */
  week: z.number().int().positive().optional(),
  /** Weight in the assessment, as printed (e.g. "3%"). */
  weight: z.string().min(1).optional(),
  /** What students do, in a sentence. */
  description: z.string().min(1).optional(),
  /** Public notebook or repository URL, where there is one. */
  notebook: z.url({ protocol: /^https?$/ }).optional(),
});

/** Colours of the course theme (CSS colours); the rest of the theme follows from them. */
const themeSchema = z.strictObject({
  /** Headings, links, rules and the header bar. */
  accent: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'use a six-digit hex colour such as #0b3d91').default('#0b3d91'),
});

/** A base path: `/` or `/name/` (leading and trailing slash). */
const basePath = z.string().regex(/^\/([\w.-]+\/)*$/, 'write it as / or /name/ (slashes at both ends)');

/** The course configuration, `content/course.yaml`. */
export const courseSchema = z.strictObject({
  /** Course title, e.g. "Machine Learning for Materials". */
  title: z.string().min(1),
  /** Course code, e.g. "MATE70026"; shown beside the title. */
  code: z.string().min(1).optional(),
  /** Academic term or year, e.g. "Spring 2026". */
  term: z.string().min(1).optional(),
  /** Licence of the content, e.g. "CC BY 4.0"; shown in every page footer. */
  licence: z.string().min(1).optional(),
  /** Repository web URL; enables "edit this page" links (`<repository>/edit/<branch>/<path>`). */
  repository: z.url({ protocol: /^https?$/ }).optional(),
  /** Branch the edit links point to. */
  branch: z.string().min(1).default('main'),
  /** Public URL of the published site, e.g. https://example.github.io/mlmat/ (for absolute links). */
  site: z.url({ protocol: /^https?$/ }).optional(),
  /** Path the site is served under, `/` or `/name/`; `BASE_PATH` overrides it at build time. */
  base: basePath.default('/'),
  /** Theme colours. */
  theme: themeSchema.default({ accent: '#0b3d91' }),
  /** Computer labs and assignments, listed on the home page. */
  labs: z.array(labSchema).default([]),
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
