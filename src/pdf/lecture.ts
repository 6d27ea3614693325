import type { ElementContent } from 'hast';

/** One slide as the PDFs need it. */
export interface PrintSlide {
  /** The slide's id in the deck (`#/<id>`). */
  id: string;
  /** Plain-text title, for bookmarks and the handout. */
  title: string;
  /** The speaker notes, as hast (empty when the slide has none). */
  notes: ElementContent[];
}

/** A lecture as the PDF renderers take it: its title and its slides in deck order. */
export interface PrintLecture {
  /** Plain-text title, e.g. `Lecture 1: Introduction`. */
  title: string;
  slides: PrintSlide[];
}
