import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { DIST } from '../helpers/dist.ts';
import { siteInBrowser } from '../helpers/site-browser.ts';
import { sitePages } from '../helpers/site-links.ts';

describe('every slide of every built deck fits its 16:9 frame', () => {
  const site = siteInBrowser();

  for (const path of sitePages(DIST).filter((p) => p.startsWith('/slides/'))) {
    it(`${path} has no slide taller than 1080 px`, async () => {
      const page = await site.browser.newPage({ viewport: { width: 1920, height: 1080 } });
      // The print view lays every slide out at once, at its logical size.
      await page.goto(`${site.server.url}${path}?print-pdf&pdfSeparateFragments=false`);
      await page.waitForSelector('html[data-deck-ready="true"]');
      const tooTall = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.slides > section, .slides .pdf-page > section')].flatMap((slide) => {
          const blocks = [...slide.children].filter((child) => !child.matches('aside.notes, .notes-link'));
          if (blocks.length === 0) return [];
          const top = Math.min(...blocks.map((block) => block.getBoundingClientRect().top));
          // A block's bottom margin counts: content running to the very edge sits under the slide number.
          const bottom = Math.max(...blocks.map((block) => block.getBoundingClientRect().bottom + parseFloat(getComputedStyle(block).marginBottom)));
          return bottom - top > 1080 ? [`${slide.id}: ${Math.round(bottom - top)} px`] : [];
        }));
      await page.close();
      assert.deepEqual(tooTall, []);
    });
  }
});
