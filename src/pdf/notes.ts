import type { Browser } from 'playwright-core';
import { escapeHtml } from './html.ts';


/** Running header and page-number footer of A4 documents. */
export function headerFooter(header: string) {
  return {
    displayHeaderFooter: true,
    headerTemplate: `<div style="font-size:8pt;width:100%;padding:0 14mm;color:#555">${escapeHtml(header)}</div>`,
    footerTemplate: '<div style="font-size:8pt;width:100%;text-align:center;color:#555">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
    margin: { top: '18mm', bottom: '16mm', left: '14mm', right: '14mm' },
  };
}

/**
 * A lecture's reading notes on A4: the page's print styles (title block,
 * contents list, no navigation, always light), running header, page
 * numbers, live links and bookmarks from the headings.
 */
export async function renderNotesPdf(browser: Browser, notesUrl: string, header: string): Promise<Uint8Array> {
  const context = await browser.newContext({ colorScheme: 'light' });
  const page = await context.newPage();
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  await page.goto(notesUrl, { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready);
  const pdf = await page.pdf({ format: 'A4', printBackground: true, outline: true, tagged: true, ...headerFooter(header) });
  await context.close();
  return pdf;
}

/** A one-page HTML document rendered to an A4 PDF (the course book's title page). */
export async function renderHtmlPdf(browser: Browser, baseUrl: string, html: string): Promise<Uint8Array> {
  const page = await browser.newPage();
  await page.goto(baseUrl);
  await page.setContent(html, { waitUntil: 'load' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true, tagged: true });
  await page.close();
  return pdf;
}
