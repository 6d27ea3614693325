import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fontsUsedFor } from '../helpers/fonts.ts';
import { siteInBrowser } from '../helpers/site-browser.ts';

const NOTES = '/notes/01-introduction/';
const words = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('first-look polish', () => {
  const site = siteInBrowser();

  it('notes header: "PDF: slides, handout, notes", with spaces', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url + NOTES);
    assert.equal(words(await page.locator('.lecture-links').textContent()), 'Open the slides · PDF: slides, handout, notes');
    await page.close();
  });

  it('home page sources: the kind, a colon and a space before each title', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url + '/');
    const items = (await page.locator('.source-materials li').allTextContents()).map(words);
    assert.ok(items.length > 0);
    for (const item of items) assert.match(item, /^(Notebook|Code|Data|Reading|Software|Website|Video): \S/, item);
    assert.ok(items.some((item) => item.startsWith('Code: Machine Learning for Materials')), items.join('\n'));
    await page.close();
  });

  it('search results name the lecture of each hit, slides and notes alike', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(site.server.url + '/notes/02-ml-basics/');
    await page.fill('[data-search-input]', 'Chevrel');
    await page.waitForSelector('.search-hit');
    const hits = await page.locator('.search-hit').evaluateAll((links) => links.map((link) => ({
      kind: link.querySelector('.search-kind')?.textContent,
      lecture: link.querySelector('.search-lecture')?.textContent,
    })));
    assert.ok(hits.some((hit) => hit.kind === 'Slide') && hits.some((hit) => hit.kind === 'Notes'), JSON.stringify(hits));
    for (const hit of hits) assert.equal(hit.lecture, 'Lecture 1: Introduction');
    await page.close();
  });

  it('speaker view: the "Upcoming" label does not cover the upcoming slide', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(site.server.url + '/slides/02-ml-basics/#/linear-regression');
    await page.waitForSelector('html[data-deck-ready="true"]');
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    await popup.setViewportSize({ width: 1280, height: 800 });
    await popup.waitForSelector('#deck-speaker-view-fixes', { state: 'attached', timeout: 10_000 });
    await popup.waitForSelector('.speaker-controls-notes:not(.hidden)');
    const [label, frame] = await Promise.all(['#upcoming-slide .label', '#upcoming-slide iframe']
      .map((selector) => popup.locator(selector).boundingBox()));
    assert.ok(label && frame);
    assert.ok(label.y + label.height <= frame.y, `label ends at ${label.y + label.height}, slide starts at ${frame.y}`);
    await popup.screenshot({ path: 'test-results/speaker-view.png' });
    await popup.close();
    await page.close();
  });

  it('phones: a notes page opens a menu of every lecture near its top, without a script', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.server.url + NOTES);
    const summary = page.locator('.lecture-menu summary');
    assert.ok(await summary.isVisible());
    assert.ok((await summary.boundingBox())!.y < 400, 'the menu is in the first screen');
    assert.equal(await page.locator('.page-grid > .course-sidebar').isVisible(), false, 'the sidebar at the foot gives way');
    await summary.click();
    await page.screenshot({ path: 'test-results/notes-phone-menu.png' });
    await page.locator('.lecture-menu a', { hasText: 'Machine Learning Basics' }).click();
    await page.waitForURL(/\/notes\/02-ml-basics\/$/);
    await context.close();
  });

  it('wide screens keep the sidebar and no menu', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(site.server.url + NOTES);
    assert.equal(await page.locator('.lecture-menu').isVisible(), false);
    assert.ok(await page.locator('.page-grid > .course-sidebar').isVisible());
    await page.close();
  });

  for (const [where, path, ready] of [['notes page', NOTES, 'body'], ['deck', '/slides/01-introduction/', 'html[data-deck-ready="true"]']]) {
    it(`${where}: emoji in a heading are drawn by the bundled emoji font, not as empty boxes`, async () => {
      const page = await site.browser.newPage();
      await page.goto(site.server.url + path!);
      await page.waitForSelector(ready!);
      // This machine has no emoji font of its own (Chromium would draw boxes without the bundled one).
      await page.evaluate(() => {
        const heading = document.createElement('h2');
        heading.id = 'emoji-probe';
        heading.textContent = 'Results 🎉 ✅ 🧪';
        (document.querySelector('.lecture-body, section.present') ?? document.body).prepend(heading);
      });
      const fonts = await fontsUsedFor(page, '#emoji-probe');
      const emoji = fonts.find((font) => font.familyName === 'Noto Emoji');
      assert.ok(emoji, `fonts used: ${JSON.stringify(fonts)}`);
      assert.equal(emoji.glyphCount, 3);
      assert.ok(fonts.some((font) => /Source Sans 3/.test(font.familyName)), 'the words keep the text font');
      await page.close();
    });
  }
});
