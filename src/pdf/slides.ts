import type { Browser } from 'playwright-core';

/** Options of the slides PDF. */
export interface SlidesPdfOptions {
  /** One page per fragment step instead of each slide in its final state. */
  fragments: boolean;
}

/** Open a deck in reveal.js's print view (one page per slide, fragments as asked). */
export async function openPrintView(browser: Browser, deckUrl: string, fragments: boolean) {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${deckUrl}?print-pdf&pdfSeparateFragments=${fragments}&pdfMaxPagesPerSlide=1`);
  await page.waitForSelector('html[data-deck-ready="true"]');
  await page.evaluate(() => document.fonts.ready);
  return page;
}

/**
 * The slides as a 16:9 PDF: one page per slide (or per fragment step), slide
 * numbers, live links, selectable text, bookmarks from the slide titles.
 */
export async function renderSlidesPdf(browser: Browser, deckUrl: string, options: SlidesPdfOptions): Promise<Uint8Array> {
  const page = await openPrintView(browser, deckUrl, options.fragments);
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
  await page.close();
  return pdf;
}
