import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { close, createIndex } from 'pagefind';
import type { DeckSlide } from '../model/lecture.ts';

/** Markup kept out of the index and excerpts: KaTeX's visual spans and TeX annotations (the MathML text stays), cross-links. */
const EXCLUDED = ['.katex-html', 'annotation', '.slide-link', '.notes-link', '.backlink', 'aside.notes', '.visually-hidden', '.copy-code'];

/**
 * At most this many fragment files (Pagefind's default is one per page): a large
 * course would otherwise write thousands of small files, slow to create (most
 * of the index's time) and to deploy. A result then loads a few pages at once.
 */
const MAX_FRAGMENT_FILES = 200;

/** A published lecture as the index needs it. */
export interface IndexedLecture {
  /** "Lecture 1", the lecture filter's value. */
  label: string;
  /** URL of its deck (with the base path). */
  deckUrl: string;
  slides: DeckSlide[];
}

/** A Pagefind metadata or filter marker. */
const marker = (properties: Element['properties']): Element => ({ type: 'element', tagName: 'i', properties, children: [] });

/**
 * One slide as a small HTML page of its own, so a result opens that slide:
 * its `<section>` (our own serialised markup) with title, lecture and kind as
 * Pagefind attributes, escaped by the serialiser.
 */
export function slidePage(slide: DeckSlide, index: number, lecture: string): string {
  const page: Root = {
    type: 'root',
    children: [{ type: 'element', tagName: 'html', properties: {}, children: [{ type: 'element', tagName: 'body', properties: {}, children: [
      marker({ dataPagefindMeta: 'kind:Slides', dataPagefindFilter: 'kind:Slides' }),
      marker({ dataPagefindMeta: `lecture:${lecture}`, dataPagefindFilter: `lecture:${lecture}` }),
      marker({ dataPagefindMeta: `title:${slide.title || `Slide ${index + 1}`}` }),
      { type: 'element', tagName: 'main', properties: { dataPagefindBody: '' }, children: [{ type: 'raw', value: slide.html }] },
    ] }] }],
  };
  return toHtml(page, { allowDangerousHtml: true });
}

/**
 * Build the Pagefind index of a built site: the notes pages and the course
 * pages (`pages`, by id; by section, via their `data-pagefind-*` markup) and
 * every slide of every published lecture as a page of its own. Filters:
 * lecture and kind (Notes / Slides / Page). Pagefind
 * runs in its own process, which is closed whatever happens.
 */
export async function buildSearchIndex(outDir: string, lectures: IndexedLecture[], pages: readonly string[], language: string): Promise<{ notes: number; slides: number }> {
  try {
    const { index, errors } = await createIndex({
      excludeSelectors: EXCLUDED, forceLanguage: language.slice(0, 2), maxFragments: MAX_FRAGMENT_FILES,
    });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    // Hand Pagefind the notes folder, the course pages and every slide without waiting in between.
    const notesAdded = index.addDirectory({ path: outDir, glob: 'notes/**/*.html' });
    const pagesAdded = pages.map((page) => index.addDirectory({ path: outDir, glob: `${page}/*.html` }));
    const slidesAdded = lectures.flatMap((lecture) => lecture.slides.map((slide, number) =>
      index.addHTMLFile({ url: `${lecture.deckUrl}#/${slide.id}`, content: slidePage(slide, number, lecture.label) })));
    const [notes, ...pageResults] = await Promise.all([notesAdded, ...pagesAdded]);
    const slideResults = await Promise.all(slidesAdded);
    const problems = [notes, ...pageResults, ...slideResults].flatMap((result) => result.errors);
    if (problems.length > 0) throw new Error(`Pagefind: ${problems.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    return { notes: [notes, ...pageResults].reduce((sum, result) => sum + result.page_count, 0), slides: slidesAdded.length };
  } finally {
    await close();
  }
}
