import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

import { axeViolations, axeViolationsKeptLoaded } from '../helpers/axe.ts';
import { DIST } from '../helpers/dist.ts';
import { query } from '../helpers/html.ts';
import { siteInBrowser } from '../helpers/site-browser.ts';
import { sitePages } from '../helpers/site-links.ts';

const VIEWS = [
  { name: 'light', colorScheme: 'light', viewport: { width: 1280, height: 800 } },
  { name: 'dark', colorScheme: 'dark', viewport: { width: 1280, height: 800 } },
  { name: 'phone', colorScheme: 'light', viewport: { width: 360, height: 740 } },
] as const;

describe('WCAG 2.2 AA (axe-core) on every built page', () => {
  const site = siteInBrowser();

  const readingPages = sitePages(DIST).filter((path) => !path.startsWith('/slides/'));
  for (const view of VIEWS) {
    for (const path of readingPages) {
      it(`${path} (${view.name}) has no violation`, async () => {
        const context = await site.browser.newContext({ colorScheme: view.colorScheme, viewport: view.viewport });
        const page = await context.newPage();
        await page.goto(site.server.url + path, { waitUntil: 'networkidle' });
        const violations = await axeViolations(page);
        await context.close();
        assert.deepEqual(violations, []);
      });
    }
  }

  for (const path of sitePages(DIST).filter((p) => p.startsWith('/slides/'))) {
    it(`${path}: every slide has no violation`, async () => {
      const html = query(readFileSync(join(DIST, path, 'index.html'), 'utf8'));
      const ids = html.all('.reveal .slides > section').map((section) => String(section.properties.id));
      const context = await site.browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
      const page = await context.newPage();
      await page.goto(site.server.url + path);
      await page.waitForSelector('html[data-deck-ready="true"]');
      const violations: string[] = [];
      for (const [index, id] of ids.entries()) {
        await page.evaluate((slide) => (location.hash = `#/${slide}`), id);
        await page.waitForFunction((slide) => document.querySelector('.slides > section.present')?.id === slide, id);
        // The whole page on the first and last slide (every other slide hidden from assistive technology then, the
        // deck's controls and landmarks); in between, the slide shown: the rest of the page is as it was.
        const whole = index === 0 || index === ids.length - 1;
        for (const violation of await axeViolationsKeptLoaded(page, whole ? undefined : '.reveal .slides > section.present')) violations.push(`#/${id} ${violation}`);
      }
      await context.close();
      assert.deepEqual(violations, []);
    });
  }
});
