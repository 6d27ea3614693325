import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { watchedPage } from '../helpers/site-browser.ts';

const DECK = '/slides/01-introduction/';

describe('Lecture 1 deck in Chromium', () => {
  const site = watchedPage({ width: 1280, height: 720 });

  before(async () => {
    await site.page.goto(site.server.url + DECK);
    await site.page.waitForSelector('html[data-deck-ready="true"]');
  });

  const currentSlide = () =>
    site.page.evaluate(() => {
      const slide = document.querySelector('.reveal .slides > section.present');
      return { id: slide?.id ?? '', hash: location.hash };
    });

  it('opens on the generated title slide with the lecture title', async () => {
    assert.equal((await currentSlide()).id, 'title');
    assert.match(await site.page.locator('section.present h1').innerText(), /Lecture 1: Introduction/);
  });

  it('advances with ArrowRight and shows the slide id in the URL', async () => {
    await site.page.keyboard.press('ArrowRight');
    await site.page.waitForFunction(() => location.hash === '#/new-era-of-materials-research');
    assert.equal((await currentSlide()).id, 'new-era-of-materials-research');
    await site.page.keyboard.press('ArrowLeft');
    await site.page.waitForFunction(() => document.querySelector('section.present')?.id === 'title');
  });

  it('opens a slide from its deep link and shows the formula', async () => {
    await site.page.goto(`${site.server.url}${DECK}#/why-machine-learning-ml-2`);
    await site.page.waitForFunction(() => document.querySelector('section.present')?.id === 'why-machine-learning-ml-2');
    const formula = site.page.locator('section.present .katex-display').first();
    assert.ok(await formula.isVisible());
    const box = await formula.boundingBox();
    assert.ok(box && box.width > 50 && box.height > 30, 'formula has a rendered size');
    assert.ok(await site.page.evaluate(() => document.fonts.check('20px KaTeX_Main')), 'KaTeX font loaded');
  });

  it('shows the speaker view on S from the static build', async () => {
    const [popup] = await Promise.all([site.page.waitForEvent('popup'), site.page.keyboard.press('s')]);
    await popup.waitForLoadState();
    await popup.waitForSelector('.speaker-controls-notes', { timeout: 10_000 });
    const notesText = await popup.locator('.speaker-controls-notes').innerText();
    assert.match(notesText, /binomial coefficient/);
    await popup.close();
  });

  it('logged no console errors, failed no request and fetched nothing off-site', () => {
    assert.deepEqual(site.problems.consoleErrors, []);
    assert.deepEqual(site.problems.failedRequests, []);
    assert.deepEqual(site.problems.offsiteRequests, []);
  });
});
