import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { DIST } from '../helpers/dist.ts';
import { siteInBrowser } from '../helpers/site-browser.ts';
import { sitePages } from '../helpers/site-links.ts';
import { watchPage } from '../helpers/watch.ts';

describe('every built page in Chromium', () => {
  const site = siteInBrowser();

  for (const path of sitePages(DIST)) {
    it(`${path} logs no console error, fails no request and loads nothing off-site`, async () => {
      const page = await site.browser.newPage();
      const problems = watchPage(page, site.server.url);
      await page.goto(site.server.url + path, { waitUntil: 'networkidle' });
      await page.close();
      assert.deepEqual(problems, { consoleErrors: [], failedRequests: [], offsiteRequests: [] });
    });
  }
});
