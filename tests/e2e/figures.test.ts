import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from '../helpers/axe.ts';
import { figureFixture } from '../helpers/figure-fixture.ts';
import { buildOf, siteInBrowser } from '../helpers/site-browser.ts';
import { watchPage } from '../helpers/watch.ts';

const NOTES = '/notes/01-figures/';
const DECK = '/slides/01-figures/';

describe('figures in the browser (the figure fixture)', () => {
  const site = siteInBrowser(buildOf(figureFixture));

  /** A page in a context of its own (axe needs one), closed with it. */
  async function open(path: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
    const page = await context.newPage();
    page.on('close', () => void context.close());
    await page.goto(site.server.url + path);
    return page;
  }

  it('opens a picture larger from the keyboard, and closes it with Escape', async () => {
    const page = await open(NOTES);
    const button = page.locator('button.zoomable').first();
    await button.focus();
    await page.keyboard.press('Enter');
    const opened = await page.evaluate(() => document.querySelector(':popover-open')?.id);
    assert.equal(opened, await button.getAttribute('popovertarget'));
    const sizes = await page.evaluate(async (id) => {
      const view = document.getElementById(id!)!;
      const large = view.querySelector('img')!;
      await large.decode();
      return { inline: document.querySelector('button.zoomable img')!.getBoundingClientRect().width, large: large.getBoundingClientRect().width, loaded: large.naturalWidth };
    }, opened);
    assert.ok(sizes.loaded > 0, 'the large copy loads when opened');
    assert.ok(sizes.large > sizes.inline * 1.3, `larger than on the page: ${sizes.large} against ${sizes.inline}`);
    await page.keyboard.press('Escape');
    assert.equal(await page.evaluate(() => document.querySelector(':popover-open')), null);
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('zoomable')), true, 'focus is back on the picture');
    await page.close();
  });

  it('names each zoom button by its picture, and passes axe in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await open(NOTES, { colorScheme });
      const names = await page.locator('button.zoomable').evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label')));
      assert.ok(names.length >= 10 && names.every((name) => name?.startsWith('Enlarge: ') && name.length > 12), names.join('\n'));
      assert.deepEqual(await axeViolations(page), []);
      await page.close();
    }
  });

  it('shifts nothing while the pictures load, as the reader scrolls to them', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(site.server.url + NOTES);
    // From when the page and its fonts are ready: what moves after that is pictures arriving.
    await page.evaluate(async () => {
      await document.fonts.ready;
      (window as unknown as { shift: number }).shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) (window as unknown as { shift: number }).shift += entry.value;
      }).observe({ type: 'layout-shift' });
    });
    for (let y = 0; y < 12; y++) {
      await page.mouse.wheel(0, 700);
      await page.waitForTimeout(150);
    }
    // Every picture on the page has loaded by now (the large copies in the closed popovers wait until opened).
    await page.waitForFunction(() => [...document.images].filter((image) => !image.closest('[popover]')).every((image) => image.complete));
    const shift = await page.evaluate(() => (window as unknown as { shift: number }).shift);
    assert.ok(shift < 0.01, `layout shift ${shift}`);
    await page.close();
  });

  it('loads no Mermaid code, in the deck or the notes', async () => {
    for (const path of [DECK, NOTES]) {
      const page = await site.browser.newPage();
      const problems = watchPage(page, site.server.url);
      const scripts: string[] = [];
      page.on('response', async (response) => {
        if (response.request().resourceType() === 'script') scripts.push(`${response.url()}\n${await response.text()}`);
      });
      await page.goto(site.server.url + path);
      await page.waitForLoadState('networkidle');
      assert.ok(scripts.length > 0 || path === NOTES);
      for (const script of scripts) assert.doesNotMatch(script, /mermaid/i, script.split('\n')[0]);
      assert.equal(await page.evaluate(() => 'mermaid' in window), false);
      assert.deepEqual(problems, { consoleErrors: [], failedRequests: [], offsiteRequests: [] });
      await page.close();
    }
  });

  it('shows the dark drawing of a diagram on a dark reading page, the light one in the deck', async () => {
    const visible = async (page: Page) => page.evaluate(() => [...document.querySelectorAll('svg.diagram')].filter((svg) => svg.getClientRects().length > 0 && !svg.closest('[popover]'))
      .map((svg) => svg.classList.contains('diagram-dark') ? 'dark' : 'light'));
    const notes = await open(NOTES, { colorScheme: 'dark' });
    assert.deepEqual([...new Set(await visible(notes))], ['dark']);
    const deck = await open(`${DECK}?print-pdf`, { colorScheme: 'dark' });
    await deck.waitForSelector('html[data-deck-ready="true"]');
    assert.deepEqual([...new Set(await visible(deck))], ['light']);
    await notes.close();
    await deck.close();
  });
});
