import { basename, extname } from 'node:path';
import type { LectureData } from '../schemas/lecture.ts';
import type { PageData } from '../schemas/page.ts';
import type { Diagnostic } from './diagnostic.ts';
import type { LectureImage } from './image-slots.ts';

/** What opened a slide: `#` (section), `##` (slide) or a lone `---` (continuation). */
export type SlideKind = 'section' | 'slide' | 'continuation';

/** One slide of a lecture. */
export interface Slide {
  /** Stable id from the heading; the deck URL is `#/<id>`, the notes anchor `#<id>`. */
  id: string;
  /** Heading text, empty for a slide opened by `---`. */
  title: string;
  /** Line of the lecture file the slide starts on. */
  line: number;
  kind: SlideKind;
}

/** A slide with its deck markup: one `<section>` of the reveal.js deck. */
export interface DeckSlide extends Slide {
  html: string;
}

/** One citation of a work, where it stands. */
export interface CitationUse {
  /** Bibliography key. */
  key: string;
  /** Id of the citation link, the target of back-links from the bibliography. */
  citeId: string;
  /** Id of the slide (and notes section) it is on. */
  slideId: string;
}

/** A link written in a lecture to another place of the course (`/notes/…`, `/slides/…`, `#id`, a site file). */
export interface InternalLink {
  url: string;
  line: number;
  column: number;
}

/** A heading of the notes view, for the "On this page" list. */
export interface LectureHeading {
  depth: number;
  slug: string;
  text: string;
}

/** One work of a lecture's bibliography, formatted in the course style. */
export interface LectureReference {
  key: string;
  /** Number in numeric styles (order of first citation). */
  number: number;
  /** The full entry as HTML (made by the citation formatter, with escaped fields). */
  html: string;
  /** Where the lecture cites it. */
  uses: CitationUse[];
}

/** A lecture (a deck and its notes) or a course page (a page of the site, with no deck). */
export type DocumentKind = 'lecture' | 'page';

/** What compiling one lecture or course page gives: everything the deck, notes, search and PDF steps read. */
export interface CompiledDocument<Data> {
  kind: DocumentKind;
  /** Its id, used in its URLs: the file name without extension. */
  id: string;
  /** Path of the file as printed in messages. */
  path: string;
  /** Validated frontmatter; undefined when it is invalid (see `diagnostics`). */
  data?: Data;
  /** The deck, one entry per `<section>`. */
  slides: DeckSlide[];
  /** The reading notes (the article body). */
  notesHtml: string;
  /** Headings of the notes, for the contents list. */
  headings: LectureHeading[];
  /** Every citation, in order of appearance. */
  citations: CitationUse[];
  /** The lecture's bibliography, in bibliography order. */
  references: LectureReference[];
  /** Links to other places of the course, resolved by the course rules. */
  links: InternalLink[];
  /** Words of the lecture text, for the reading time. */
  words: number;
  /** The images of the course folder the deck and notes show, by the slot number their HTML leaves for the page to fill. */
  images: LectureImage[];
  /** The stylesheet of the lecture's own inline styles, one class each (empty when it has none); pages link it. */
  styles: string;
  /** Every problem found in the lecture itself. */
  diagnostics: Diagnostic[];
}

/** A compiled lecture. */
export type CompiledLecture = CompiledDocument<LectureData> & { kind: 'lecture' };

/** A compiled course page: its slides are its sections, for links; it has no deck. */
export type CompiledPage = CompiledDocument<PageData> & { kind: 'page' };

/** A lecture's id (used in its URLs) from its file path: the file name without extension. */
export function lectureIdOf(path: string): string {
  return basename(path, extname(path));
}

/** Whether a lecture is published at `now`: not a draft, and its `available` date (if any) has come. */
export function isPublished(data: Pick<LectureData, 'draft'> & Partial<Pick<LectureData, 'available'>>, now = new Date()): boolean {
  return !data.draft && (!data.available || data.available <= now);
}
