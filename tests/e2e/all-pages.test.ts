import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { DIST } from '../helpers/dist.ts';
import { serveSite, type SiteServer } from '../helpers/serve.ts';
import { sitePages } from '../helpers/site-links.ts';
import { watchPage } from '../helpers/watch.ts';

describe('every built page in Chromium', () => {
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

  for (const path of sitePages(DIST)) {
    it(`${path} logs no console error, fails no request and loads nothing off-site`, async () => {
      const page = await browser.newPage();
      const problems = watchPage(page, server.url);
      await page.goto(server.url + path, { waitUntil: 'networkidle' });
      await page.close();
      assert.deepEqual(problems, { consoleErrors: [], failedRequests: [], offsiteRequests: [] });
    });
  }
});
