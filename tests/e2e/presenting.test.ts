import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { watchedPage } from '../helpers/site-browser.ts';
import { watchPage } from '../helpers/watch.ts';

const DECK = '/slides/01-introduction/';

describe('presenting Lecture 1 in Chromium', () => {
  const site = watchedPage({ width: 1280, height: 720 });

  // A fresh load each time: a hash change alone would arrive "backwards", with every fragment shown.
  const open = async (hash: string) => {
    await site.page.goto('about:blank');
    await site.page.goto(`${site.server.url}${DECK}${hash}`);
    await site.page.waitForSelector('html[data-deck-ready="true"]');
  };
  const presentId = () => site.page.evaluate(() => document.querySelector('.slides > section.present')?.id);

  it('steps through incremental list items in order, then moves on', async () => {
    await open('#/why-machine-learning-ml-1');
    const visible = () => site.page.locator('section.present li.fragment.visible').allTextContents();
    assert.deepEqual(await visible(), []);
    const expected = ['Reaction engineering', 'Crystal structure prediction', 'Materials design'];
    for (const [index, text] of expected.entries()) {
      await site.page.keyboard.press('ArrowRight');
      await site.page.waitForFunction((count) => document.querySelectorAll('section.present li.fragment.visible').length === count, index + 1);
      assert.match((await visible()).at(-1) ?? '', new RegExp(text));
    }
    await site.page.keyboard.press('ArrowRight');
    await site.page.waitForFunction(() => document.querySelector('section.present')?.id === 'why-machine-learning-ml-2');
  });

  it('reveals a pause fragment before leaving the slide', async () => {
    await open('#/why-machine-learning-ml');
    const salesman = site.page.locator('section.present .fragment', { hasText: 'Travelling salesman' });
    assert.equal(await salesman.evaluate((el) => el.classList.contains('visible')), false);
    await site.page.keyboard.press('ArrowRight');
    await site.page.waitForSelector('section.present .fragment.visible');
    assert.match(await salesman.innerText(), /Travelling salesman/);
    assert.equal(await salesman.evaluate((el) => el.classList.contains('visible')), true);
    assert.equal(await presentId(), 'why-machine-learning-ml');
  });

  it('moves the code highlight line by line with each step', async () => {
    await open('#/powerful-statistical-techniques');
    const highlighted = () => site.page.locator('section.present pre.code-steps .line.highlighted').allInnerTexts();
    assert.deepEqual(await highlighted(), ['from langchain import OpenAI']);
    await site.page.keyboard.press('ArrowRight');
    await site.page.waitForSelector('section.present .code-step.visible', { state: 'attached' });
    assert.deepEqual(await highlighted(), ['model = OpenAI( temperature=0.9)']);
    await site.page.keyboard.press('ArrowLeft');
    await site.page.waitForSelector('section.present .code-step.visible', { state: 'detached' });
    assert.deepEqual(await highlighted(), ['from langchain import OpenAI']);
  });

  it('opens the overview with O and closes it with Escape', async () => {
    await open('');
    await site.page.keyboard.press('o');
    await site.page.waitForSelector('.reveal.overview');
    await site.page.keyboard.press('Escape');
    await site.page.waitForSelector('.reveal:not(.overview)');
  });

  it('opens the right slide from a deep link', async () => {
    await open('#/exascale-supercomputing');
    assert.equal(await presentId(), 'exascale-supercomputing');
    assert.match(await site.page.locator('section.present h2').innerText(), /Exascale Supercomputing/);
  });

  it('links a slide to its notes section and back', async () => {
    await open('#/exascale-supercomputing');
    await site.page.locator('section.present a.notes-link').click();
    await site.page.waitForURL(/\/notes\/01-introduction\/#exascale-supercomputing$/);
    const top = await site.page.locator('h2#exascale-supercomputing').evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(top >= 0 && top < 120, `heading scrolled into view (top=${top})`);
    await site.page.locator('h2#exascale-supercomputing + a.slide-link').click();
    await site.page.waitForSelector('html[data-deck-ready="true"]');
    assert.equal(await presentId(), 'exascale-supercomputing');
  });

  it('reaches the notes link with the keyboard', async () => {
    await open('#/exascale-supercomputing');
    const focusedNotesLink = await site.page.evaluate(() => {
      const link = document.querySelector<HTMLAnchorElement>('section.present a.notes-link');
      link?.focus();
      return document.activeElement === link;
    });
    assert.ok(focusedNotesLink);
  });

  it('turns into a scrollable page at phone width', async () => {
    const phone = await site.browser.newPage({ viewport: { width: 390, height: 800 } });
    const phoneProblems = watchPage(phone, site.server.url);
    await phone.goto(`${site.server.url}${DECK}`);
    await phone.waitForSelector('html[data-deck-ready="true"]');
    await phone.waitForSelector('.reveal-viewport.reveal-scroll');
    const scrollable = await phone.evaluate(() => {
      const viewport = document.querySelector('.reveal-viewport');
      return viewport ? viewport.scrollHeight > viewport.clientHeight * 5 : false;
    });
    assert.ok(scrollable, 'the whole deck scrolls');
    assert.deepEqual(phoneProblems.consoleErrors, []);
    await phone.close();
  });

  it('shows pacing for the lecture duration in the speaker view', async () => {
    await open('#/exascale-supercomputing');
    const [popup] = await Promise.all([site.page.waitForEvent('popup'), site.page.keyboard.press('s')]);
    await popup.waitForSelector('.speaker-controls-notes:not(.hidden)', { timeout: 10_000 });
    await popup.waitForSelector('.pacing:not([style*="display: none"])', { timeout: 10_000 });
    assert.match(await popup.locator('.speaker-controls-notes .value').innerText(), /TOP500/);
    assert.equal(await popup.locator('#upcoming-slide iframe').count(), 1);
    await popup.close();
  });

  it('logged no console errors, failed no request and fetched nothing off-site', () => {
    assert.deepEqual(site.problems.consoleErrors, []);
    assert.deepEqual(site.problems.failedRequests, []);
    assert.deepEqual(site.problems.offsiteRequests, []);
  });
});
