import type { Browser } from 'playwright-core';
import { a4PdfOptions, openA4Page } from './a4-page.ts';
import { fitWideMaths } from './fit-maths.ts';

/**
 * A lecture's reading notes on A4: the page's print styles (title block,
 * contents list, no navigation, always light), running header, page
 * numbers, live links and bookmarks from the headings; equations too wide to
 * wrap are scaled to the text width.
 */
export async function renderNotesPdf(browser: Browser, notesUrl: string, header: string): Promise<Uint8Array> {
  const page = await openA4Page(browser, notesUrl);
  await fitWideMaths(page);
  const pdf = await page.pdf({ ...a4PdfOptions(header), outline: true });
  await page.context().close();
  return pdf;
}
