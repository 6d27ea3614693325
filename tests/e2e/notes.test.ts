import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { watchedPage } from '../helpers/site-browser.ts';

describe('Lecture 1 notes page in Chromium', () => {
  const site = watchedPage({ width: 1280, height: 900 }, '/notes/01-introduction/');

  it('shows the Top500 table', async () => {
    const table = site.page.locator('table', { hasText: 'El Capitan' });
    await table.scrollIntoViewIfNeeded();
    assert.ok(await table.isVisible());
    assert.equal(await table.locator('tbody tr').count(), 5);
  });

  it('shows the highlighted code', async () => {
    const code = site.page.locator('pre.astro-code', { hasText: 'from langchain import OpenAI' });
    await code.scrollIntoViewIfNeeded();
    assert.ok(await code.isVisible());
    const colour = await code.locator('span', { hasText: /^import$/ }).first().evaluate((el) => getComputedStyle(el).color);
    assert.notEqual(colour, await code.evaluate((el) => getComputedStyle(el).color), 'keywords are coloured');
  });

  it('jumps to a slide section by its anchor', async () => {
    await site.page.goto(`${site.server.url}/notes/01-introduction/#brief-history-of-ml`);
    const top = await site.page.locator('#brief-history-of-ml').evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(top >= 0 && top < 100, `heading at the top (top=${top})`);
  });

  it('logged no console errors, failed no request and fetched nothing off-site', () => {
    assert.deepEqual(site.problems.consoleErrors, []);
    assert.deepEqual(site.problems.failedRequests, []);
    assert.deepEqual(site.problems.offsiteRequests, []);
  });
});
