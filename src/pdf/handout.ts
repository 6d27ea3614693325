import { readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import type { Browser } from 'playwright-core';
import { a4PdfOptions, openA4Page, replaceBody } from './a4-page.ts';
import { fitWideMaths } from './fit-maths.ts';
import { handoutBody, type HandoutOptions } from './handout-layout.ts';
import type { PrintLecture } from './lecture.ts';
import { placeSlides } from './place-slides.ts';
import type { SlidesPdf } from './slides.ts';

const HANDOUT_CSS = readFileSync(new URL('./handout.css', import.meta.url), 'utf8');

/**
 * An A4 handout: each slide, as vector from the slides PDF (its final state
 * when that PDF has a page per fragment), with its speaker notes (course
 * font, KaTeX, flowing on to the next page when long) or ruled lines, 2, 3
 * or 6 slides a page. The notes are set by Chromium over the lecture's notes
 * page, whose stylesheets and fonts they use; pdf-lib then draws the slides
 * into the frames left for them.
 */
export async function renderHandoutPdf(browser: Browser, notesUrl: string, lecture: PrintLecture, slides: SlidesPdf, options: HandoutOptions, header: string): Promise<PDFDocument> {
  const { width, height } = slides.document.getPage(0).getSize();
  const page = await openA4Page(browser, notesUrl);
  await replaceBody(page, handoutBody(lecture, options, width / height), HANDOUT_CSS);
  await fitWideMaths(page);
  const handout = await PDFDocument.load(await page.pdf(a4PdfOptions(header)));
  await page.context().close();
  await placeSlides(handout, slides.document, slides.pages.map((pages) => pages.last));
  return handout;
}
