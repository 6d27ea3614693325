import { basename, dirname, relative, resolve } from 'node:path';
import type { LectureData } from '../schemas/lecture.ts';
import type { RevealOptions } from '../schemas/reveal.ts';
import type { KeyAdvice } from './frontmatter.ts';

/** Quarto keys with no place here, and what to do instead (top level of the frontmatter). */
const TOP_LEVEL: Record<string, string> = {
  institute: 'the institution is the course\'s: set institution in course.yaml, and delete this line',
  affiliation: 'write it under author: (- name: …, affiliation: …), or in course.yaml lecturers',
  lang: 'the language is the course\'s: set language in course.yaml, and delete this line',
  csl: 'the citation style is the course\'s: set citationStyle in course.yaml (apa, harvard1 or vancouver), and delete this line',
  toc: 'the notes always have a contents list and the deck a slide menu (M): delete this line',
  'toc-depth': 'the notes always list every heading: delete this line',
  'number-sections': 'headings are not numbered here (@sec- references show the section title): delete this line',
  'date-format': 'dates are printed in the course\'s style: delete this line',
  editor: 'an editor setting, not used here: delete this line',
  keywords: 'not used here: delete this line, or put the words in description:',
  categories: 'not used here: delete this line',
  abstract: 'write it as description: (shown on the home page)',
  theme: 'the deck\'s theme is the course\'s: set theme in course.yaml, and delete this line',
  css: 'the course\'s stylesheet is set in course.yaml (theme: stylesheet:): delete this line',
  crossref: 'cross-reference names are fixed here (Figure, Table, Equation): delete this line',
};

/** Quarto's reveal.js options with no place here (under `format: revealjs:`), and what to do instead. */
const REVEAL: Record<string, string> = {
  theme: 'the deck\'s theme is the course\'s: set theme: name: in course.yaml, and delete this line',
  css: 'set theme: stylesheet: in course.yaml for the course\'s CSS, and delete this line',
  logo: 'set --logo in the course\'s theme stylesheet (see README: Themes), and delete this line',
  menu: 'the slide menu is built in (M): delete this line',
  'preview-links': 'links open normally: delete this line',
  'embed-resources': 'the site works offline as it is: delete this line',
  'self-contained': 'the site works offline as it is: delete this line',
  margin: 'the margin is the theme\'s: delete this line',
  'slide-level': '# opens a section and ## a slide, always: delete this line',
  'highlight-style': 'code colours come from the course theme: delete this line',
  'code-line-numbers': 'number a block with {.python code-line-numbers="true"}: delete this line',
  'hash-type': 'slide URLs are their ids (#/slide-title): delete this line',
  'pdf-separate-fragments': 'npm run pdf -- --fragments prints a page per step: delete this line',
  multiplex: 'not offered: delete this line',
};

/**
 * What to write instead of a Quarto frontmatter key that has no place here
 * (so a Quarto user is told, never sent to a key that merely looks alike).
 */
export const quartoKeyAdvice: KeyAdvice = (path, key) => {
  const where = path.join('.');
  if (where === '') return TOP_LEVEL[key];
  if (where === 'format' && key !== 'revealjs') return `only revealjs is read here (slides and notes come from one source): delete ${key}:`;
  if (where === 'format.revealjs') return REVEAL[key];
  if (where === 'format.revealjs.chalkboard') return 'drawing is built in (C: pen, B: board); only buttons: true or false is read here: delete this line';
  return undefined;
};

/**
 * A lecture's data with Quarto's spellings folded into this site's own:
 * `format: revealjs:` options become deck options (`reveal:`, the lecture's
 * own `reveal:` winning), and its `incremental`, `smaller`, `scrollable` and
 * `footer` the lecture's keys of those names.
 */
export function fromQuarto(data: LectureData): LectureData {
  const options = typeof data.format === 'object' && typeof data.format.revealjs === 'object' ? data.format.revealjs : undefined;
  if (!options) return data;
  const mapped: RevealOptions = {
    transition: options.transition,
    transitionSpeed: options['transition-speed'],
    backgroundTransition: options['background-transition'],
    controls: options.controls,
    progress: options.progress,
    slideNumber: options['slide-number'],
    center: options.center,
    loop: options.loop,
    autoSlide: options['auto-slide'],
    toolButtons: typeof options.chalkboard === 'object' ? options.chalkboard.buttons : undefined,
  };
  const defined = Object.fromEntries(Object.entries(mapped).filter(([, value]) => value !== undefined)) as RevealOptions;
  return {
    ...data,
    reveal: { ...defined, ...data.reveal },
    incremental: data.incremental || options.incremental === true,
    smaller: data.smaller ?? options.smaller,
    scrollable: data.scrollable ?? options.scrollable,
    footer: data.footer ?? options.footer,
  };
}

/**
 * Whether a lecture's `bibliography:` names the course's bibliography file
 * (Quarto resolves it from the lecture's folder); the reason to give when not.
 */
export function bibliographyProblem(value: string, lecturePath: string, bibliographyPath: string): string | undefined {
  if (resolve(dirname(lecturePath), value) === resolve(bibliographyPath)) return undefined;
  const written = relative(dirname(lecturePath), bibliographyPath) || basename(bibliographyPath);
  return `is not the course's bibliography, which every lecture cites from: write bibliography: ${written}, or delete the line (and put the entries in ${bibliographyPath})`;
}
