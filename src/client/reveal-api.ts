import type { RevealApi } from 'reveal.js';

/** reveal.js 6's API with the view checks its bundled typings (written for 4) lack. */
export type Deck = RevealApi & {
  /** Whether the deck is one scrolling page (narrow screens). */
  isScrollView(): boolean;
  /** Whether the deck is laid out for printing (`?print-pdf`). */
  isPrintView(): boolean;
};
