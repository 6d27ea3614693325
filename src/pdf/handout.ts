import type { Browser } from 'playwright-core';
import { escapeHtml } from './html.ts';
import { openPrintView } from './slides.ts';

/** Handout layouts: each slide above its speaker notes, or three slides a page beside ruled lines. */
export type HandoutLayout = 'notes' | 'lines';

interface SlideForHandout {
  title: string;
  image: string;
  notes: string;
}

const STYLE = `
  @page { size: A4; margin: 14mm 14mm 16mm; }
  body { font: 11pt/1.45 'Source Sans 3 Variable', system-ui, sans-serif; color: #16181d; margin: 0; }
  h1 { font-size: 16pt; margin: 0 0 6mm; }
  .slide { break-inside: avoid; margin: 0 0 4mm; }
  .slide img { width: 100%; border: 0.3mm solid #999; display: block; }
  .notes { margin: 0 0 8mm; }
  .notes p { margin: 0 0 2mm; }
  .lines-page { break-after: page; display: grid; grid-template-rows: repeat(3, 1fr); height: 262mm; gap: 5mm; }
  .lines-row { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm; break-inside: avoid; }
  .lines-row img { width: 100%; border: 0.3mm solid #999; }
  .ruled { background: repeating-linear-gradient(to bottom, transparent 0 7.5mm, #bbb 7.5mm 7.8mm); }
`;


/** Each slide of the print view as a JPEG, with its title and speaker notes (MathML, which Chromium draws). */
async function collectSlides(browser: Browser, deckUrl: string): Promise<SlideForHandout[]> {
  const page = await openPrintView(browser, deckUrl, false);
  const pages = page.locator('.pdf-page');
  const slides: SlideForHandout[] = [];
  for (let index = 0; index < (await pages.count()); index++) {
    const pdfPage = pages.nth(index);
    const shot = await pdfPage.screenshot({ type: 'jpeg', quality: 80, scale: 'css' });
    const { title, notes } = await pdfPage.evaluate((element) => ({
      title: element.querySelector('section')?.getAttribute('aria-label') ?? '',
      notes: [...element.querySelectorAll('aside.notes')].map((aside) => aside.innerHTML).join(''),
    }));
    slides.push({ title, notes, image: `data:image/jpeg;base64,${shot.toString('base64')}` });
  }
  await page.close();
  return slides;
}

function handoutHtml(title: string, slides: SlideForHandout[], layout: HandoutLayout): string {
  const body = layout === 'notes'
    ? slides.map((slide) => `<div class="slide"><img src="${slide.image}" alt="${escapeHtml(slide.title)}"></div><div class="notes">${slide.notes}</div>`).join('')
    : Array.from({ length: Math.ceil(slides.length / 3) }, (_, page) => `<div class="lines-page">${slides.slice(page * 3, page * 3 + 3)
      .map((slide) => `<div class="lines-row"><img src="${slide.image}" alt="${escapeHtml(slide.title)}"><div class="ruled"></div></div>`).join('')}</div>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>${layout === 'notes' ? `<h1>${escapeHtml(title)}</h1>` : ''}${body}</body></html>`;
}

/**
 * An A4 handout: every slide with all of its speaker notes under it (notes
 * flow onto the next page rather than being cut), or, with `lines`, three
 * slides a page beside ruled lines for writing.
 */
export async function renderHandoutPdf(browser: Browser, deckUrl: string, title: string, layout: HandoutLayout): Promise<Uint8Array> {
  const slides = await collectSlides(browser, deckUrl);
  const page = await browser.newPage();
  await page.goto(deckUrl); // same origin, so the bundled fonts load for the notes text
  await page.setContent(handoutHtml(title, slides, layout), { waitUntil: 'load' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true,
    displayHeaderFooter: true, headerTemplate: '<span></span>',
    footerTemplate: `<div style="font-size:8pt;width:100%;text-align:center;color:#555">${escapeHtml(title)} · <span class="pageNumber"></span>/<span class="totalPages"></span></div>` });
  await page.close();
  return pdf;
}
