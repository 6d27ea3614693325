import { pdfWordBoxes } from './pdf-text.ts';

const MARGIN_PT = (14 / 25.4) * 72; // the A4 documents' side margin, src/pdf/a4-page.ts
// Chromium rounds the A4 page and its margins to whole CSS pixels: text flush with the margin ends ~1 pt past it.
const ROUNDING_PT = 1.2;

/** Words whose glyph box reaches past the right margin, as "page N: word (x)"; clipped text would show here or go missing. */
export function wordsPastRightMargin(file: string): string[] {
  return pdfWordBoxes(file).flatMap((page, index) => page.words
    .filter((word) => word.xMax > page.width - MARGIN_PT + ROUNDING_PT)
    .map((word) => `page ${index + 1}: ${word.text} (${word.xMax.toFixed(1)} pt of ${page.width.toFixed(1)})`));
}
