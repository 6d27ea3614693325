import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { siteInBrowser } from '../helpers/site-browser.ts';
import { watchPage } from '../helpers/watch.ts';

const SOURCE = readFileSync('content/lectures/01-introduction.md', 'utf8');
/** A word that occurs on one slide only of Lecture 1 (checked below against the source). */
const SLIDE_WORD = 'Chevrel';

describe('course search in Chromium', () => {
  const site = siteInBrowser();
  let page: Page;

  /** Type a query, optionally set the filters (shown once there is a query), and wait for the results. */
  const search = async (query: string, filters: { kind?: string; lecture?: string } = {}) => {
    await page.fill('[data-search-input]', query);
    for (const [name, value] of Object.entries(filters)) await page.selectOption(`[data-search-filter="${name}"]`, value);
    await page.waitForFunction(() => /result/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
  };

  before(async () => {
    page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  });

  it('loads no script until the box is focused, then the search code and Pagefind', async () => {
    const scripts: string[] = [];
    page.on('request', (request) => { if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname); });
    await page.goto(`${site.server.url}/notes/01-introduction/`, { waitUntil: 'networkidle' });
    assert.deepEqual(scripts, []);
    await page.focus('[data-search-input]');
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/pagefind/pagefind.js')));
    assert.match(scripts[0]!, /^\/_astro\/search-[\w-]+\.js$/);
  });

  it('searches for what was typed before its script had loaded', async () => {
    const fresh = await site.browser.newPage();
    await fresh.goto(`${site.server.url}/notes/01-introduction/`);
    await fresh.route('**/_astro/search-*.js', async (route) => { await new Promise((done) => setTimeout(done, 300)); await route.continue(); });
    await fresh.click('[data-search-input]');
    await fresh.keyboard.type(SLIDE_WORD);
    await fresh.waitForFunction(() => /result/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    assert.ok(await fresh.locator('.search-hit').count() > 0);
    await fresh.close();
  });

  it('has Pagefind load its index and WebAssembly on focus, before anything is typed', async () => {
    const fresh = await site.browser.newPage();
    await fresh.goto(`${site.server.url}/notes/01-introduction/`);
    const wasm = fresh.waitForRequest((request) => /\/pagefind\/wasm\.[\w-]+\.pagefind$/.test(request.url()));
    await fresh.focus('[data-search-input]');
    await wasm;
    await fresh.close();
  });

  it('shows the best result as soon as its fragment is in, before the others', async () => {
    const fresh = await site.browser.newPage();
    await fresh.goto(`${site.server.url}/`);
    let fragments = 0;
    // The best result's fragment is asked for first; every other one is held back.
    await fresh.route('**/pagefind/fragment/**', async (route) => {
      if (++fragments > 1) await new Promise((done) => setTimeout(done, 3000));
      await route.continue();
    });
    await fresh.focus('[data-search-input]');
    await fresh.keyboard.type('learning');
    await fresh.waitForSelector('.search-hit', { timeout: 2500 });
    const early = await fresh.locator('.search-hit').count();
    assert.doesNotMatch(await fresh.locator('[data-search-status]').innerText(), /result/, 'the count comes with the full list');
    await fresh.waitForFunction(() => /result/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), undefined, { timeout: 10_000 });
    assert.ok(early < await fresh.locator('.search-hit').count(), 'the first result came alone');
    await fresh.close();
  });

  it('opens the one slide a word is on, from the first result', async () => {
    assert.equal(SOURCE.split(SLIDE_WORD).length - 1, 1, 'the word is on exactly one slide');
    await search(SLIDE_WORD, { kind: 'Slides' });
    const first = page.locator('.search-hit').first();
    assert.match(await first.innerText(), /slide/i);
    await first.click();
    await page.waitForSelector('html[data-deck-ready="true"]');
    await page.waitForFunction(() => document.querySelector('.slides > section.present')?.id === 'powerful-statistical-techniques');
  });

  it('finds maths by its TeX, and lands a notes result on the section heading', async () => {
    await page.goto(`${site.server.url}/notes/01-introduction/`);
    await search('wurtzite', { kind: 'Notes' });
    const first = page.locator('.search-hit').first();
    assert.match(await first.innerText(), /notes/i);
    await first.click();
    await page.waitForURL(/\/notes\/01-introduction\/#why-machine-learning-ml/);
    await search('N!');
    assert.ok(await page.locator('.search-hit').count() > 0, 'N! is found in the formula');
  });

  it('narrows results by lecture and kind', async () => {
    await page.goto(`${site.server.url}/`);
    await search('machine learning');
    const all = await page.locator('.search-kind').allInnerTexts();
    assert.ok(all.some((kind) => /slide/i.test(kind)) && all.some((kind) => /notes/i.test(kind)));
    await page.selectOption('[data-search-filter="kind"]', 'Notes');
    await page.waitForFunction(() => [...document.querySelectorAll('.search-kind')].every((el) => /notes/i.test(el.textContent ?? '')));
    await page.selectOption('[data-search-filter="lecture"]', 'Lecture 1');
    await page.waitForFunction(() => document.querySelectorAll('.search-hit').length > 0);
  });

  it('works offline from the built files with no console error', async () => {
    const fresh = await site.browser.newPage();
    const problems = watchPage(fresh, site.server.url);
    await fresh.goto(`${site.server.url}/`);
    await fresh.fill('[data-search-input]', 'supercomputing');
    await fresh.waitForSelector('.search-hit');
    assert.deepEqual(problems, { consoleErrors: [], failedRequests: [], offsiteRequests: [] });
    await fresh.close();
  });
});
