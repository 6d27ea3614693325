import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { axeViolations } from '../helpers/axe.ts';
import { siteInBrowser } from '../helpers/site-browser.ts';
import { watchPage } from '../helpers/watch.ts';

const DECK = '/slides/02-ml-basics/';

describe('presenting tools: keyboard, slide menu, laser pointer, zoom', () => {
  const site = siteInBrowser();

  const openDeck = async (hash = '#/linear-regression') => {
    // A context of its own: axe needs one, and each test starts with no saved drawings.
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(`${site.server.url}${DECK}${hash}`);
    await page.waitForSelector('html[data-deck-ready="true"]');
    return page;
  };
  const presentId = (page: Page) => page.evaluate(() => document.querySelector('.slides > section.present')?.id);
  const focused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent);
  /** Tab until the focused element has this accessible name (at most `limit` presses). */
  const tabTo = async (page: Page, label: string, limit = 60) => {
    for (let press = 0; press < limit; press++) {
      await page.keyboard.press('Tab');
      if ((await focused(page)) === label) return;
    }
    assert.fail(`Tab never reached "${label}"`);
  };

  it('works from the keyboard alone: open the tools, pick a colour, close them', async () => {
    const page = await openDeck();
    await tabTo(page, 'Annotate');
    await page.keyboard.press('Enter');
    assert.ok(await page.locator('.annotation-tools').isVisible());
    await tabTo(page, 'Green pen');
    await page.keyboard.press('Space');
    assert.equal(await page.getAttribute('.tool-swatch[data-color="#1a8a3a"]', 'aria-pressed'), 'true');
    assert.equal(await presentId(page), 'linear-regression', 'Space pressed the button, not the next slide');
    await page.keyboard.press('y');
    assert.equal(await page.getAttribute('.tool-swatch[data-color="#1f6fe0"]', 'aria-pressed'), 'true', 'Y: the previous colour');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    assert.notEqual(outline, 'none', 'the focused button shows its focus');
    await tabTo(page, 'Close the annotation tools');
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('.annotation-tools').isVisible(), false);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('.slides > section.present')?.id === 'loss-functions');
    await page.context().close();
  });

  it('M opens the slide menu at the current slide, grouped by section; choosing a slide jumps there', async () => {
    const page = await openDeck();
    await page.keyboard.press('m');
    const menu = page.locator('dialog.slide-menu');
    assert.ok(await menu.isVisible());
    assert.equal(await focused(page), 'Linear regression', 'focus on the current slide');
    const sections = await page.locator('.slide-menu-section > a').allTextContents();
    assert.deepEqual(sections, ['Learning from data', 'Linear models', 'Judging a model', 'Fitting well']);
    assert.ok(await page.locator('.slide-menu-section', { hasText: 'Linear models' }).locator('li a', { hasText: 'Gradient descent' }).first().isVisible());
    await page.keyboard.press('ArrowRight');
    assert.equal(await presentId(page), 'linear-regression', 'slide keys wait while the menu is open');
    assert.deepEqual(await axeViolations(page), []);
    await page.screenshot({ path: 'test-results/slide-menu.png' });
    await tabTo(page, 'The confusion matrix');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('.slides > section.present')?.id === 'the-confusion-matrix');
    assert.equal(await menu.isVisible(), false);
    await page.keyboard.press('m');
    await page.keyboard.press('Escape');
    assert.equal(await menu.isVisible(), false, 'Escape closes it');
    assert.equal(await page.locator('.reveal.overview').count(), 0, 'and does not open the overview');
    await page.context().close();
  });

  it('Q turns the laser pointer on: a red dot follows the pointer; Q again turns it off', async () => {
    const page = await openDeck();
    await page.keyboard.press('q');
    await page.mouse.move(500, 300);
    const dot = page.locator('.laser-dot');
    assert.ok(await dot.isVisible());
    const box = (await dot.boundingBox())!;
    assert.ok(Math.abs(box.x + box.width / 2 - 500) < 2 && Math.abs(box.y + box.height / 2 - 300) < 2, JSON.stringify(box));
    assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.reveal h2')!).cursor), 'none');
    await page.keyboard.press('q');
    assert.equal(await dot.isVisible(), false);
    await page.context().close();
  });

  it('zooms in on a point with reveal.js’s zoom (Ctrl+click here on Linux), and back out', async () => {
    const page = await openDeck();
    const scale = () => page.evaluate(() => getComputedStyle(document.body).transform);
    assert.equal(await scale(), 'none');
    await page.keyboard.down('Control');
    await page.mouse.click(640, 300);
    await page.keyboard.up('Control');
    await page.waitForFunction(() => getComputedStyle(document.body).transform.startsWith('matrix(2'));
    await page.keyboard.down('Control');
    await page.mouse.click(640, 300);
    await page.keyboard.up('Control');
    await page.waitForFunction(() => getComputedStyle(document.body).transform === 'none' || getComputedStyle(document.body).transform.startsWith('matrix(1,'));
    await page.context().close();
  });

  it('lists every shortcut in the help overlay (?), B as the board and "." as pause', async () => {
    const page = await openDeck();
    await page.keyboard.press('Shift+Slash');
    const help = await page.locator('.r-overlay-help').innerText();
    for (const entry of [/C\s+Annotate: pen/, /B\s+Annotate: blank board/, /E\s+Annotate: eraser/, /X\s+Annotate: next pen colour/,
      /Z\s+Annotate: undo/, /DEL\s+Annotate: clear this slide/, /BACKSPACE\s+Annotate: clear every slide/, /D\s+Annotate: download/,
      /Q\s+Laser pointer/, /M\s+Slide menu/, /Ctrl \+ click\s+Zoom/, /\.\s+Pause/]) {
      assert.match(help, entry);
    }
    assert.doesNotMatch(help, /B\s*,\s*\.\s+Pause/);
    await page.context().close();
  });

  it('keeps the tools out of the one-page scroll view of phones', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 800 } });
    const problems = watchPage(page, site.server.url);
    await page.goto(`${site.server.url}${DECK}`);
    await page.waitForSelector('.reveal-viewport.reveal-scroll');
    assert.equal(await page.locator('.deck-dock').isVisible(), false);
    await page.keyboard.press('c');
    assert.equal(await page.locator('.annotation-tools').isVisible(), false);
    assert.deepEqual(problems.consoleErrors, []);
    await page.context().close();
  });
});
