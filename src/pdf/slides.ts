import { PDFDocument } from 'pdf-lib';
import type { Browser, Page } from 'playwright-core';
import type { Drawings } from '../client/annotations/model.ts';
import type { PrintLecture } from './lecture.ts';
import type { OutlineEntry } from './outline.ts';
import { waitForFontsAndImages } from './page-ready.ts';
import { showAllFragments, storeDrawings } from './print-view-options.ts';

/** Options of the slides PDF. */
export interface SlidesPdfOptions {
  /** One page per fragment step instead of each slide in its final state. */
  fragments: boolean;
  /** Every fragment shown at once, also those a later step hides or dims. */
  allFragments: boolean;
  /** The lecturer's drawings to print on the slides (from a file downloaded from the deck). */
  drawings?: Drawings;
}

/** The pages one slide prints on (0-based): one, or one per fragment step. */
export interface SlidePages {
  first: number;
  /** The slide in its final state. */
  last: number;
}

/** The slides PDF, loaded, with where each slide of the lecture landed. */
export interface SlidesPdf {
  document: PDFDocument;
  /** One entry per slide of the lecture, in order. */
  pages: SlidePages[];
  /** The lecture's bookmark with one bookmark per slide under it. */
  outline: OutlineEntry[];
}

/** Open a deck in reveal.js's print view (one page per slide, fragments and drawings as asked), images and fonts loaded. */
async function openPrintView(browser: Browser, deckUrl: string, { fragments, allFragments, drawings }: SlidesPdfOptions): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  if (drawings) await storeDrawings(page, deckUrl, drawings);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${deckUrl}?print-pdf&pdfSeparateFragments=${fragments}&pdfMaxPagesPerSlide=1`);
  await page.waitForSelector('html[data-deck-ready="true"]');
  // reveal.js may finish the print layout after the deck is ready; it adds every page, and the drawings, in one go.
  await page.waitForSelector('.reveal .slides > .pdf-page', { state: 'attached' });
  if (allFragments) await showAllFragments(page);
  await waitForFontsAndImages(page);
  return page;
}

/**
 * Which pages each slide printed on, from the slide id of every page of the
 * print view; a slide of the lecture missing from the print view is an error.
 */
export function slidePageRanges(lecture: PrintLecture, pageSlideIds: string[]): SlidePages[] {
  return lecture.slides.map((slide) => {
    const first = pageSlideIds.indexOf(slide.id);
    if (first < 0) throw new Error(`slide "${slide.id}" of ${lecture.title} is missing from the deck's print view`);
    return { first, last: pageSlideIds.lastIndexOf(slide.id) };
  });
}

/** One bookmark for the lecture, and under it one per slide (opening its first page). */
export function slidesOutline(lecture: PrintLecture, pages: SlidePages[]): OutlineEntry[] {
  return [{ title: lecture.title, pageIndex: 0, children: lecture.slides.map((slide, index) => ({ title: slide.title, pageIndex: pages[index]!.first })) }];
}

/**
 * The slides as a PDF in the deck's shape (reveal.js sizes the print view's
 * pages by the deck's frame: 16:9, or the course's or lecture's own; the
 * handout takes its frames' shape from these pages): one page per slide (or
 * per fragment step), slide numbers, live links, selectable text; bookmarks
 * come with it, for finishPdf.
 */
export async function renderSlidesPdf(browser: Browser, deckUrl: string, lecture: PrintLecture, options: SlidesPdfOptions): Promise<SlidesPdf> {
  const page = await openPrintView(browser, deckUrl, options);
  const pageSlideIds = await page.$$eval('.pdf-page', (pdfPages) => pdfPages.map((pdfPage) => pdfPage.querySelector('section')?.id ?? ''));
  const bytes = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true });
  await page.close();
  const document = await PDFDocument.load(bytes);
  if (document.getPageCount() !== pageSlideIds.length) {
    throw new Error(`${lecture.title}: the print view has ${pageSlideIds.length} pages but Chromium printed ${document.getPageCount()}`);
  }
  const pages = slidePageRanges(lecture, pageSlideIds);
  return { document, pages, outline: slidesOutline(lecture, pages) };
}
