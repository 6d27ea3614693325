import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import type { CitationUse, DeckSlide, LectureHeading, Slide } from '../model/lecture.ts';
import { deckView } from './deck-view.ts';
import { hasClass } from './hast-class.ts';
import { firstHeading, headingText, slideSections } from './hast-tree.ts';
import { notesView } from './notes-view.ts';
import type {} from './lecture-file.ts';

/** The views of one lecture the pipeline hands back besides the notes HTML. */
export interface LectureViews {
  slides: DeckSlide[];
  citations: CitationUse[];
  headings: LectureHeading[];
}

declare module 'vfile' {
  interface DataMap {
    /** Set by `rehype-lecture-views`: the deck and what the notes page needs besides its HTML. */
    lectureViews: LectureViews;
  }
}

function summarise(section: Element): Slide {
  const heading = firstHeading(section);
  return {
    id: String(section.properties.id),
    title: heading ? headingText(heading) : '',
    line: Number(section.properties.dataSourceLine ?? 0),
    kind: hasClass(section, 'slide-section') ? 'section' : heading ? 'slide' : 'continuation',
  };
}

/**
 * Produce the two views of one lecture from one tree: the deck (serialised
 * slide by slide into `file.data.lectureViews`) and the notes, which the tree
 * itself becomes. `file.stem` is the lecture id the cross-links use.
 */
export default function rehypeLectureViews() {
  return (tree: Root, file: VFile) => {
    const lectureId = file.stem ?? 'lecture';
    const slides = slideSections(tree).map(summarise);
    const deck = deckView(tree, slides, lectureId);
    const headings = notesView(tree, slides, lectureId, { slideLinks: file.data.documentKind !== 'page' });
    file.data.lectureViews = { slides: deck.slides, citations: deck.citations, headings };
  };
}
