import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../src/build/chromium.ts';
import { serveSite, type SiteServer } from '../../src/build/serve.ts';

/** The built site served on loopback and a Chromium to look at it, for one test file. */
export interface SiteInBrowser {
  server: SiteServer;
  browser: Browser;
}

/** Serve `dist/` and launch Chromium before the file's tests; close both after. */
export function siteInBrowser(): SiteInBrowser {
  const site = {} as SiteInBrowser;
  before(async () => {
    site.server = await serveSite();
    site.browser = await launchChromium();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
