import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { Browser, Page } from 'playwright-core';
import { waitForFontsAndImages } from './page-ready.ts';

/** Margins of the A4 documents (notes, handout); the header and footer sit in the top and bottom ones. */
const A4_MARGIN_MM = { top: 18, bottom: 16, left: 14, right: 14 };

/** Width of the A4 text column in CSS pixels, rounded down so what fits in it fits on paper. */
const A4_TEXT_WIDTH_PX = Math.floor(((210 - A4_MARGIN_MM.left - A4_MARGIN_MM.right) / 25.4) * 96);

const muted = 'font-size:8pt;color:#555;width:100%';

/** Page options of an A4 document with a running header (plain text) and "Page n of N" footer. */
export function a4PdfOptions(header: string) {
  return {
    format: 'A4',
    printBackground: true,
    tagged: true,
    displayHeaderFooter: true,
    headerTemplate: toHtml(h('div', { style: `${muted};padding:0 ${A4_MARGIN_MM.left}mm` }, header)),
    footerTemplate: toHtml(h('div', { style: `${muted};text-align:center` }, ['Page ', h('span.pageNumber'), ' of ', h('span.totalPages')])),
    margin: Object.fromEntries(Object.entries(A4_MARGIN_MM).map(([side, mm]) => [side, `${mm}mm`])),
  };
}

/**
 * Open `url` laid out as it will print on A4: print media, light colours,
 * a viewport as wide as the text column (so measurements made before
 * printing hold on paper), fonts and images loaded. Close its context after.
 */
export async function openA4Page(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ colorScheme: 'light', viewport: { width: A4_TEXT_WIDTH_PX, height: 1000 } });
  const page = await context.newPage();
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  await page.goto(url, { waitUntil: 'networkidle' });
  await waitForFontsAndImages(page);
  return page;
}

/**
 * Replace the page's body with `body`, keeping its head (the site's
 * stylesheets and fonts), add `css`, and wait for fonts and images again.
 */
export async function replaceBody(page: Page, body: Root, css: string): Promise<void> {
  await page.evaluate(({ html, style }) => {
    document.body.innerHTML = html;
    document.head.append(Object.assign(document.createElement('style'), { textContent: style }));
  }, { html: toHtml(body), style: css });
  await waitForFontsAndImages(page);
}
