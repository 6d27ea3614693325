import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { siteInBrowser } from '../helpers/site-browser.ts';

describe('citations in the Lecture 1 deck, in Chromium', () => {
  const site = siteInBrowser();
  let page: Page;
  const presentId = () => page.evaluate(() => document.querySelector('.slides > section.present')?.id);

  before(async () => {
    page = await site.browser.newPage({ viewport: { width: 1280, height: 720 } });
  });

  it('goes from a cite to the References slide and back to the citing slide', async () => {
    await page.goto(`${site.server.url}/slides/01-introduction/#/brief-history-of-ml-2`);
    await page.waitForSelector('html[data-deck-ready="true"]');
    await page.locator('section.present a.cite-link[data-cite="turing1950"]').first().click();
    await page.waitForFunction(() => document.querySelector('.slides > section.present')?.classList.contains('references-slide'));
    const entry = page.locator('section.present li#ref-turing1950');
    assert.match(await entry.innerText(), /Computing Machinery and Intelligence/);
    await entry.locator('a.backlink').first().click();
    await page.waitForFunction(() => document.querySelector('.slides > section.present')?.id === 'brief-history-of-ml-2');
    assert.equal(await presentId(), 'brief-history-of-ml-2');
  });

  it('goes from a cite in the notes to the bibliography and back to the paragraph', async () => {
    await page.goto(`${site.server.url}/notes/01-introduction/`);
    await page.locator('a.cite-link[data-cite="samuel1959"]').first().click();
    await page.waitForURL(/#ref-samuel1959$/);
    await page.locator('#ref-samuel1959 a.backlink').first().click();
    await page.waitForURL(/#cite-samuel1959-1$/);
    const top = await page.locator('#cite-samuel1959-1').evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(top >= 0 && top < 720, 'the citing paragraph is in view');
  });
});
