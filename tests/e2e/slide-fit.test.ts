import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { DIST } from '../helpers/dist.ts';
import { serveSite, type SiteServer } from '../helpers/serve.ts';
import { sitePages } from '../helpers/site-links.ts';

describe('every slide of every built deck fits its 16:9 frame', () => {
  let server: SiteServer;
  let browser: Browser;

  before(async () => {
    server = await serveSite();
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const path of sitePages(DIST).filter((p) => p.startsWith('/slides/'))) {
    it(`${path} has no slide taller than 1080 px`, async () => {
      const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
      // The print view lays every slide out at once, at its logical size.
      await page.goto(`${server.url}${path}?print-pdf&pdfSeparateFragments=false`);
      await page.waitForSelector('html[data-deck-ready="true"]');
      const tooTall = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.slides > section, .slides .pdf-page > section')].flatMap((slide) => {
          const blocks = [...slide.children].filter((child) => !child.matches('aside.notes, .notes-link'));
          if (blocks.length === 0) return [];
          const top = Math.min(...blocks.map((block) => block.getBoundingClientRect().top));
          const bottom = Math.max(...blocks.map((block) => block.getBoundingClientRect().bottom));
          return bottom - top > 1080 ? [`${slide.id}: ${Math.round(bottom - top)} px`] : [];
        }));
      await page.close();
      assert.deepEqual(tooTall, []);
    });
  }
});
