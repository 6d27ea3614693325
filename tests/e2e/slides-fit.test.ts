import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DIST } from '../helpers/dist.ts';
import { siteInBrowser } from '../helpers/site-browser.ts';

const decks = readdirSync(join(DIST, 'slides')).sort();

describe('every slide of every deck fits its slide', () => {
  const site = siteInBrowser();

  for (const deck of decks) {
    it(`${deck}: no slide is taller than the deck (1280×720)`, async () => {
      const page = await site.browser.newPage({ viewport: { width: 1280, height: 720 } });
      await page.goto(`${site.server.url}/slides/${deck}/`);
      await page.waitForSelector('html[data-deck-ready="true"]');
      const ids = await page.$$eval('.reveal .slides > section[id]', (sections) => sections.map((section) => section.id));
      assert.ok(ids.length > 3, `${deck} has slides`);
      const overflowing: string[] = [];
      for (const id of ids) {
        await page.evaluate((hash) => (location.hash = hash), `#/${id}`);
        await page.waitForFunction((slideId) => document.getElementById(slideId)?.classList.contains("present"), id);
        // Unscaled sizes: reveal.js lays the slide out at the deck size, then scales the whole deck.
        const { content, room } = await page.evaluate((slideId) => {
          const section = document.getElementById(slideId)!;
          const slides = document.querySelector<HTMLElement>('.reveal .slides')!;
          return { content: section.scrollHeight, room: slides.offsetHeight };
        }, id);
        if (content > room + 1) overflowing.push(`${id} (${content}px of ${room}px)`);
      }
      assert.deepEqual(overflowing, [], `slides of ${deck} that overflow`);
      await page.close();
    });
  }
});
