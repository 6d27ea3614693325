import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations } from '../helpers/axe.ts';
import { countPixels, isRed } from '../helpers/pdf-pixels.ts';
import { drawWithMouse, drawWithPen, drawWithTouch, wave } from '../helpers/pointer.ts';
import { siteInBrowser } from '../helpers/site-browser.ts';
import { watchPage, type PageProblems } from '../helpers/watch.ts';
import { scratchFolder } from '../helpers/scratch.ts';

const DECK = '/slides/02-ml-basics/';
const SLIDE = 'linear-regression';
const STORAGE_KEY = `slide-annotations:${DECK}`;

describe('annotating a deck while presenting', () => {
  const site = siteInBrowser();
  let context: BrowserContext;
  let page: Page;
  let problems: PageProblems;

  const open = async (hash = `#/${SLIDE}`) => {
    await page.goto('about:blank');
    await page.goto(`${site.server.url}${DECK}${hash}`);
    await page.waitForSelector('html[data-deck-ready="true"]');
  };
  const presentId = () => page.evaluate(() => document.querySelector('.slides > section.present')?.id);
  /** Strokes shown on the slide (or on its board). */
  const shown = (layer: 'slide' | 'board' = 'slide') => page.locator(`.annotations svg[data-layer="${layer}"] path`).count();
  /** What the browser keeps for the deck. */
  const stored = () => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), STORAGE_KEY);

  before(async () => {
    context = await site.browser.newContext({ viewport: { width: 1280, height: 720 }, hasTouch: true, acceptDownloads: true });
    page = await context.newPage();
    problems = watchPage(page, site.server.url);
  });
  after(() => context?.close());

  it('draws with the mouse and with touch; the strokes stay with their slide across navigation and reload', async () => {
    await open();
    await page.keyboard.press('c');
    assert.ok(await page.locator('.annotation-tools').isVisible(), 'C opens the tools');
    await drawWithMouse(page, wave(300, 420));
    await drawWithTouch(page, wave(300, 520));
    assert.equal(await shown(), 2);
    assert.equal(await presentId(), SLIDE, 'a touch stroke is not a swipe to the next slide');
    const slides = (await stored()).slides;
    assert.deepEqual(Object.keys(slides), [SLIDE]);
    assert.equal(slides[SLIDE].slide.length, 2);
    assert.ok(slides[SLIDE].slide.every((stroke: { points: unknown[] }) => stroke.points.length > 10));

    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((id) => document.querySelector('.slides > section.present')?.id !== id, SLIDE);
    assert.equal(await shown(), 0, 'the next slide has no strokes');
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction((id) => document.querySelector('.slides > section.present')?.id === id, SLIDE);
    assert.equal(await shown(), 2, 'back on the slide, its strokes are back');

    await page.waitForURL(new RegExp(`#/${SLIDE}$`)); // reveal.js updates the address a moment after the move
    await page.reload();
    await page.waitForSelector('html[data-deck-ready="true"]');
    assert.equal(await presentId(), SLIDE);
    assert.equal(await shown(), 2, 'kept across a reload');
    await page.screenshot({ path: 'test-results/annotations-slide.png' });
  });

  it('keeps a stylus’s pressure', async () => {
    await open();
    await page.keyboard.press('c');
    await drawWithPen(page, wave(300, 600, 300), 0.3);
    const strokes = (await stored()).slides[SLIDE].slide;
    const pen = strokes.at(-1);
    assert.equal(pen.pressure, true);
    assert.ok(pen.points.every(([, , pressure]: number[]) => Math.abs(pressure - 0.3) < 0.01), JSON.stringify(pen.points.slice(0, 3)));
    await page.keyboard.press('z');
    assert.equal(await shown(), 2, 'Z undoes the last stroke');
  });

  it('draws on a blank board of the slide, kept apart from the slide’s strokes', async () => {
    await open();
    await page.keyboard.press('b');
    assert.ok(await page.locator('.annotation-board').isVisible());
    await page.keyboard.press('x');
    assert.equal(await page.getAttribute('.tool-swatch[data-color="#1f6fe0"]', 'aria-pressed'), 'true', 'X: the next colour');
    await drawWithMouse(page, wave(400, 300));
    assert.equal(await shown('board'), 1);
    assert.equal((await stored()).slides[SLIDE].board[0].color, '#1f6fe0');
    await page.keyboard.press('b');
    assert.equal(await page.locator('.annotation-board').isVisible(), false);
    assert.equal(await shown(), 2);
  });

  it('prints the drawings with the deck (?print-pdf): on the slide’s page, and the board as a page after it', async () => {
    const print = await context.newPage();
    await print.goto(`${site.server.url}${DECK}?print-pdf`);
    await print.waitForSelector('.pdf-page .annotations-print', { state: 'attached', timeout: 20_000 });
    const pages = await print.evaluate((id) => {
      const all = [...document.querySelectorAll('.slides > .pdf-page')];
      return { slide: all.findIndex((page) => page.querySelector(`#${id}`)) + 1, board: all.findIndex((page) => page.classList.contains('annotation-board-page')) + 1, total: all.length };
    }, SLIDE);
    assert.equal(pages.board, pages.slide + 1);
    const file = join(scratchFolder('print'), 'deck.pdf');
    await print.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    await print.close();
    assert.ok(countPixels(file, pages.slide, isRed) > 50, 'red strokes on the slide’s page');
    assert.equal(countPixels(file, pages.slide - 1, isRed), 0, 'none on the page before');
    assert.ok(countPixels(file, pages.board, (r, g, b) => b > 170 && r < 90) > 50, 'the blue board stroke on its own page');
  });

  it('erases a stroke, clears the slide, and clears every slide after asking', async () => {
    await open();
    await page.keyboard.press('e');
    assert.equal(await page.getAttribute('.annotation-tools [aria-label="Eraser"]', 'aria-pressed'), 'true');
    await drawWithMouse(page, [[500, 380], [500, 470]]); // across the first wave only
    assert.equal(await shown(), 1);
    await page.keyboard.press('Delete');
    assert.equal(await shown(), 0);
    assert.equal((await stored()).slides[SLIDE].slide.length, 0);
    await page.keyboard.press('z');
    assert.equal(await shown(), 1, 'Z brings a cleared slide back');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.keyboard.press('Backspace');
    assert.equal(await shown(), 0);
    assert.equal(await stored(), null, 'nothing left in storage');
  });

  it('downloads the drawings and loads them back from the file; a wrong file is refused with a reason', async () => {
    await open();
    await page.keyboard.press('c');
    await drawWithMouse(page, wave(300, 420));
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('d')]);
    const file = join(scratchFolder('drawings'), download.suggestedFilename());
    await download.saveAs(file);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.keyboard.press('Backspace');
    assert.equal(await shown(), 0);
    await page.setInputFiles('.annotation-tools input[type="file"]', file);
    await page.waitForFunction(() => document.querySelectorAll('.annotations svg[data-layer="slide"] path').length === 1);
    assert.match(await page.locator('.tool-status').innerText(), /Loaded the drawings of 1 slide/);

    const bad = join(scratchFolder('drawings'), 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: 'something else' }));
    await page.setInputFiles('.annotation-tools input[type="file"]', bad);
    await page.waitForFunction(() => /cannot be loaded/.test(document.querySelector('.tool-status')?.textContent ?? ''));
    assert.equal(await shown(), 1, 'a refused file changes nothing');
  });

  it('passes axe with the tools and the board open', async () => {
    await open();
    await page.keyboard.press('b');
    await page.keyboard.press('e');
    assert.deepEqual(await axeViolations(page), []);
  });

  it('fetched nothing off 127.0.0.1, failed no request and logged no error', () => {
    assert.deepEqual(problems, { consoleErrors: [], failedRequests: [], offsiteRequests: [] });
  });
});
