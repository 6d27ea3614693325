import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { serveSite, type SiteServer } from '../helpers/serve.ts';
import { watchPage, type PageProblems } from '../helpers/watch.ts';

describe('Lecture 1 notes page in Chromium', () => {
  let server: SiteServer;
  let browser: Browser;
  let page: Page;
  let problems: PageProblems;

  before(async () => {
    server = await serveSite();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    problems = watchPage(page, server.url);
    await page.goto(`${server.url}/notes/01-introduction/`);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the Top500 table', async () => {
    const table = page.locator('table', { hasText: 'El Capitan' });
    await table.scrollIntoViewIfNeeded();
    assert.ok(await table.isVisible());
    assert.equal(await table.locator('tbody tr').count(), 5);
  });

  it('shows the highlighted code', async () => {
    const code = page.locator('pre.astro-code', { hasText: 'from langchain import OpenAI' });
    await code.scrollIntoViewIfNeeded();
    assert.ok(await code.isVisible());
    const colour = await code.locator('span', { hasText: /^import$/ }).first().evaluate((el) => getComputedStyle(el).color);
    assert.notEqual(colour, await code.evaluate((el) => getComputedStyle(el).color), 'keywords are coloured');
  });

  it('jumps to a slide section by its anchor', async () => {
    await page.goto(`${server.url}/notes/01-introduction/#brief-history-of-ml`);
    const top = await page.locator('#brief-history-of-ml').evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(top >= 0 && top < 100, `heading at the top (top=${top})`);
  });

  it('logged no console errors, failed no request and fetched nothing off-site', () => {
    assert.deepEqual(problems.consoleErrors, []);
    assert.deepEqual(problems.failedRequests, []);
    assert.deepEqual(problems.offsiteRequests, []);
  });
});
