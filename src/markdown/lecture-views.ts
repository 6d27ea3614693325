import { basename, extname } from 'node:path';

/** One slide of a lecture as the pages and tests see it. */
export interface SlideSummary {
  /** Stable id from the heading; the deck URL is `#/<id>`, the notes anchor `#<id>`. */
  id: string;
  /** Heading text, empty for a slide opened by `---`. */
  title: string;
  /** Line of the lecture file the slide starts on. */
  line: number;
  /** `section` (`#`), `slide` (`##`) or `continuation` (`---`). */
  kind: 'section' | 'slide' | 'continuation';
}

/** One citation of a work, where it stands. */
export interface CitationUse {
  /** Bibliography key. */
  key: string;
  /** Id of the citation link, the target of back-links from the notes bibliography. */
  citeId: string;
  /** Id of the slide (and notes section) it is on. */
  slideId: string;
}

/** What the Markdown pipeline hands the pages besides the notes HTML. */
export interface LectureViews {
  /** Every slide, in order. */
  slides: SlideSummary[];
  /** Every citation, in order of appearance. */
  citations: CitationUse[];
  /** The `<section>`s of the reveal.js deck. */
  deckHtml: string;
  /** Words of the Markdown body (slides and notes), for the reading time. */
  words: number;
}

/** The views as the content store keeps them: the deck HTML is stored apart (see `lecture-html-store.ts`). */
export type StoredViews = Omit<LectureViews, 'deckHtml'>;

/** Read the views the pipeline stored in the render metadata's frontmatter. */
export function lectureViewsOf(frontmatter: Record<string, unknown> | undefined): LectureViews | undefined {
  return frontmatter?.lectureViews as LectureViews | undefined;
}

/** A lecture's id (used in its URLs) from its file path: the file name without `.md`. */
export function lectureIdOf(path: string | undefined): string | undefined {
  return path ? basename(path, extname(path)) : undefined;
}
