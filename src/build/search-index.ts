import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createIndex, close } from 'pagefind';

/** Markup kept out of the index and excerpts: KaTeX's visual spans and TeX annotations (the MathML text stays), cross-links. */
const EXCLUDED = ['.katex-html', 'annotation', '.slide-link', '.notes-link', '.backlink', 'aside.notes', '.visually-hidden', '.copy-code'];

/** One slide of a deck, as a page of its own for Pagefind. */
export interface SlidePage {
  /** Opens the deck at this slide. */
  url: string;
  /** The slide's `<section>` with its title, lecture and kind as Pagefind attributes. */
  html: string;
}

/**
 * At most this many fragment files (Pagefind's default is one per page): a large
 * course would otherwise write thousands of small files, slow to create (most
 * of the index's time) and to deploy. A result then loads a few pages at once.
 */
const MAX_FRAGMENT_FILES = 200;

/** An opening or closing section tag; quoted attribute values may hold `>`. */
const SECTION_TAG = /<section\b(?:[^>"']|"[^"]*"|'[^']*')*>|<\/section>/g;
const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/**
 * Every slide of a built deck page as a small HTML page that opens that slide.
 * The slides are cut out of the page text at their `<section>` tags rather
 * than parsed here: Pagefind parses them, in its own process. Attribute values
 * are copied as they are, already escaped.
 */
export function slidePages(html: string, deckUrl: string): SlidePage[] {
  const slides = html.indexOf('<div class="slides">');
  const lecture = attribute(/<div class="reveal"[^>]*>/.exec(html)?.[0] ?? '', 'data-lecture') ?? '';
  const pages: SlidePage[] = [];
  let depth = 0;
  let start = 0;
  let openTag = '';
  for (const match of html.slice(slides).matchAll(SECTION_TAG)) {
    const closing = match[0].startsWith('</');
    if (!closing && depth++ === 0) [start, openTag] = [slides + match.index, match[0]];
    if (!closing || --depth !== 0) continue;
    const id = attribute(openTag, 'id');
    if (!id) continue;
    const title = attribute(openTag, 'aria-label') ?? id;
    const section = html.slice(start, slides + match.index + match[0].length);
    pages.push({
      url: `${deckUrl}#/${id}`,
      html: `<html><body><i data-pagefind-meta="kind:Slides" data-pagefind-filter="kind:Slides"></i>`
        + `<i data-pagefind-meta="lecture:${lecture}" data-pagefind-filter="lecture:${lecture}"></i>`
        + `<i data-pagefind-meta="title:${title}"></i><main data-pagefind-body>${section}</main></body></html>`,
    });
  }
  return pages;
}

/**
 * Build the Pagefind index of a built site: the notes pages (by section, via
 * their `data-pagefind-*` markup) and one page per slide, so a result opens
 * the exact section or slide. Filters: lecture and kind (Notes / Slides).
 */
export async function buildSearchIndex(outDir: string, base: string, language: string): Promise<{ notes: number; slides: number }> {
  const { index, errors } = await createIndex({
    excludeSelectors: EXCLUDED, forceLanguage: language.slice(0, 2), maxFragments: MAX_FRAGMENT_FILES,
  });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // Pagefind indexes in its own process: hand it the notes folder and every slide without waiting in between.
  const notesAdded = index.addDirectory({ path: outDir, glob: 'notes/**/*.html' });
  const slidesDir = join(outDir, 'slides');
  const slidesAdded = readdirSync(slidesDir).sort().flatMap((lectureId) => {
    const html = readFileSync(join(slidesDir, lectureId, 'index.html'), 'utf8');
    return slidePages(html, `${base}slides/${lectureId}/`).map((slide) => index.addHTMLFile({ url: slide.url, content: slide.html }));
  });
  const [notes, ...slideResults] = await Promise.all([notesAdded, ...slidesAdded]);
  const problems = [notes, ...slideResults].flatMap((result) => result.errors);
  if (problems.length > 0) throw new Error(`Pagefind: ${problems.join('; ')}`);
  const slides = slidesAdded.length;
  const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await close();
  return { notes: notes.page_count, slides };
}
