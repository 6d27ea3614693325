import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { siteInBrowser } from '../helpers/site-browser.ts';

/** Tab until `predicate` holds for the focused element (at most `limit` presses). */
async function tabTo(page: Page, selector: string, limit = 30): Promise<boolean> {
  for (let press = 0; press < limit; press++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return true;
  }
  return false;
}

/** Whether the focused element shows a visible focus indicator (outline or box shadow). */
function focusVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return false;
    const style = getComputedStyle(element);
    return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
  });
}

describe('keyboard only', () => {
  const site = siteInBrowser();

  it('notes page: the first Tab shows a skip link that moves focus to the content', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/notes/01-introduction/`);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), 'Skip to content');
    assert.ok(await page.locator('.skip-link').isVisible());
    assert.ok(await focusVisible(page));
    await page.keyboard.press('Enter');
    // Following an in-page link updates the URL a moment after the key press.
    await page.waitForURL(/#main$/, { timeout: 5000 });
    assert.match(page.url(), /#main$/);
    await page.close();
  });

  it('notes page: "show slide" links are reachable and visibly focused', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/notes/01-introduction/`);
    assert.ok(await tabTo(page, 'a.slide-link'));
    assert.ok(await focusVisible(page));
    await page.close();
  });

  it('deck: the navigation buttons and the notes link are reachable and visibly focused', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${site.server.url}/slides/01-introduction/#/exascale-supercomputing`);
    await page.waitForSelector('html[data-deck-ready="true"]');
    assert.ok(await tabTo(page, 'section.present a.notes-link'));
    assert.ok(await focusVisible(page));
    await page.screenshot({ path: 'test-results/deck-keyboard-focus.png' });
    assert.ok(await tabTo(page, '.controls button.navigate-right'));
    assert.ok(await focusVisible(page));
    await page.close();
  });
});
