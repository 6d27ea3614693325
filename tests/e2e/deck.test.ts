import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { serveSite, type SiteServer } from '../helpers/serve.ts';
import { watchPage, type PageProblems } from '../helpers/watch.ts';

const DECK = '/slides/01-introduction/';

describe('Lecture 1 deck in Chromium', () => {
  let server: SiteServer;
  let browser: Browser;
  let page: Page;
  let problems: PageProblems;

  before(async () => {
    server = await serveSite();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    problems = watchPage(page, server.url);
    await page.goto(server.url + DECK);
    await page.waitForSelector('html[data-deck-ready="true"]');
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const currentSlide = () =>
    page.evaluate(() => {
      const slide = document.querySelector('.reveal .slides > section.present');
      return { id: slide?.id ?? '', hash: location.hash };
    });

  it('opens on the generated title slide with the lecture title', async () => {
    assert.equal((await currentSlide()).id, 'title');
    assert.match(await page.locator('section.present h1').innerText(), /Lecture 1: Introduction/);
  });

  it('advances with ArrowRight and shows the slide id in the URL', async () => {
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => location.hash === '#/new-era-of-materials-research');
    assert.equal((await currentSlide()).id, 'new-era-of-materials-research');
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => document.querySelector('section.present')?.id === 'title');
  });

  it('opens a slide from its deep link and shows the formula', async () => {
    await page.goto(`${server.url}${DECK}#/why-machine-learning-ml-2`);
    await page.waitForFunction(() => document.querySelector('section.present')?.id === 'why-machine-learning-ml-2');
    const formula = page.locator('section.present .katex-display').first();
    assert.ok(await formula.isVisible());
    const box = await formula.boundingBox();
    assert.ok(box && box.width > 50 && box.height > 30, 'formula has a rendered size');
    assert.ok(await page.evaluate(() => document.fonts.check('20px KaTeX_Main')), 'KaTeX font loaded');
  });

  it('shows the speaker view on S from the static build', async () => {
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    await popup.waitForLoadState();
    await popup.waitForSelector('.speaker-controls-notes', { timeout: 10_000 });
    const notesText = await popup.locator('.speaker-controls-notes').innerText();
    assert.match(notesText, /binomial coefficient/);
    await popup.close();
  });

  it('logged no console errors, failed no request and fetched nothing off-site', () => {
    assert.deepEqual(problems.consoleErrors, []);
    assert.deepEqual(problems.failedRequests, []);
    assert.deepEqual(problems.offsiteRequests, []);
  });
});
