import { closest, distance } from 'fastest-levenshtein';
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

/** The built-in course themes (README: Themes). */
export const THEME_NAMES = ['default', 'dark', 'high-contrast'] as const;

/** The course theme: a built-in theme, the course colour, and optionally a stylesheet of the lecturer's overrides. */
const themeObjectSchema = z.strictObject({
  /** Built-in theme: `default` (light), `dark` (light text on dark slides, for dim rooms) or `high-contrast`. */
  name: z.enum(THEME_NAMES, { error: (issue) => unknownTheme(issue.input) }).default('default'),
  /** Headings, links, rules and the header bar (the dark and high-contrast themes adjust it for legibility). */
  accent: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'use a six-digit hex colour such as #0b3d91').default('#0b3d91'),
  /**
   * A CSS file in the content folder (path relative to it) whose custom properties override the theme's:
   * colours, fonts, logo, footer. Start from a copy of src/styles/theme-overrides.css.
   */
  stylesheet: z.string()
    .regex(/^(?!\/)(?!.*\.\.)[\w./-]+\.css$/, 'name a .css file inside the content folder, e.g. theme.css')
    .optional(),
});

/** The error for a theme name that is not built in, with the nearest one when it looks like a typo. */
function unknownTheme(input: unknown): string {
  const nearest = typeof input === 'string' ? closest(input, [...THEME_NAMES]) : undefined;
  const guess = nearest && distance(String(input), nearest) <= 3 ? ` (did you mean ${nearest}?)` : '';
  return `unknown theme ${JSON.stringify(input)}${guess}: use one of ${THEME_NAMES.join(', ')}`;
}

/** `theme: dark` is short for `theme: { name: dark }`. */
const themeSchema = z.preprocess((value) => (typeof value === 'string' ? { name: value } : value), themeObjectSchema);

/** How `npm run execute` treats the course's notebook lectures (Jupyter Book's `execute_notebooks`). */
const executeSchema = z.strictObject({
  /** `off`: run no cell of a notebook lecture (`.ipynb`); it shows the outputs saved in it. `auto` (default): run what is missing or stale. */
  notebooks: z.enum(['auto', 'off']).default('auto'),
});

/** The shapes a course's decks may have (course.yaml `aspect`), width to height. */
export const ASPECTS = ['16:9', '4:3', '16:10'] as const;
/** A deck shape of the course. */
export type Aspect = (typeof ASPECTS)[number];

/** How decks are laid out when course.yaml does not say: 16:9, and slides too tall for it continued on the next. */
export const DECK_LAYOUT_DEFAULTS = { aspect: '16:9', paginate: true } as const satisfies { aspect: Aspect; paginate: boolean };

/** A lecture id (`01-introduction`), the key of a per-lecture map. */
const lectureId = z.string().regex(/^\d{2,3}-[a-z0-9]+(?:-[a-z0-9]+)*$/, 'write a lecture id such as 01-introduction');

/** A path inside a repository, from its root (`notebooks/Lecture1.ipynb`). */
const repositoryPath = z.string().regex(/^(?![/.])(?!.*(?:^|\/)\.\.(?:\/|$))[^\\]+$/, 'write a path from the repository\'s root, e.g. notebooks/Lecture1.ipynb');

/** A base path: `/` or `/name/` (leading and trailing slash). */
const basePath = z.string().regex(/^\/(?:(?!\.\.?\/)[\w.-]+\/)*$/, 'write it as / or /name/ (slashes at both ends, no . or .. parts)');

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
  /** The course theme (`theme: dark`, or `{ name, accent, stylesheet }`). */
  theme: themeSchema.default({ name: 'default', accent: '#0b3d91' }),
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
  /**
   * Hosts whose iframes, images and media lectures may embed, e.g. `www.youtube-nocookie.com`; anything
   * else a page shows must be a file of the site (it works offline).
   */
  embeds: z.array(z.string().regex(/^[a-z0-9.-]+(?::\d+)?$/i, 'write a host name such as www.youtube-nocookie.com')).default([]),
  /**
   * How a picture without alt text counts: an `error` (the default: a reader of a screen reader is told
   * nothing), or a `warning` while a course brought across from elsewhere gets its alt text written
   * (`lecture-site import` sets it when the project has such pictures; `--strict` still fails on them).
   */
  missingAltText: z.enum(['error', 'warning']).default('error'),
  /** reveal.js options for every deck of the course (a lecture may override them). */
  reveal: revealOptionsSchema.default({}),
  /** The shape of every deck: `16:9` (default), `4:3` or `16:10`; a Quarto lecture's `width:` and `height:` give its own. */
  aspect: z.enum(ASPECTS).default(DECK_LAYOUT_DEFAULTS.aspect),
  /** A slide too tall for the frame continues on the next slide, titled "(cont.)" (a lecture's `paginate:` overrides it). */
  paginate: z.boolean().default(DECK_LAYOUT_DEFAULTS.paginate),
  /** What `npm run execute` runs: `execute: { notebooks: off }` keeps notebooks' saved outputs. */
  execute: executeSchema.default({ notebooks: 'auto' }),
  /**
   * Where each notebook lecture is in the course's `repository`, when it is not at its path here
   * (an imported book: `01-introduction: Lecture1.ipynb`); Colab and Binder open that file.
   */
  notebookPaths: z.record(lectureId, repositoryPath).default({}),
});

/** The validated course configuration. */
export type Course = z.infer<typeof courseSchema>;
