import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { openA4Page } from '../../src/pdf/a4-page.ts';
import { fitWideMaths } from '../../src/pdf/fit-maths.ts';
import { buildPrintFixture } from '../helpers/print-fixture.ts';
import { siteInBrowser } from '../helpers/site-browser.ts';

/** Each numbered display equation: its number, and which of its glyphs (by text) the number's box touches. */
function numberOverlaps(page: Page) {
  return page.evaluate(() => [...document.querySelectorAll('.katex-display')].flatMap((display) => {
    const tag = display.querySelector('.katex-html > .tag');
    if (!tag) return [];
    const box = tag.getBoundingClientRect();
    const glyphs: { text: string; rects: DOMRect[] }[] = [];
    const walker = document.createTreeWalker(display.querySelector('.katex-html')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (tag.contains(node) || !node.textContent!.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      glyphs.push({ text: node.textContent!, rects: [...range.getClientRects()] });
    }
    const touches = (rect: DOMRect) => rect.width > 0 && rect.left < box.right && rect.right > box.left && rect.top < box.bottom && rect.bottom > box.top;
    const last = glyphs.at(-1)!;
    return [{
      number: tag.textContent!.trim(),
      lastGlyph: last.text,
      lastTouched: last.rects.some(touches),
      touched: glyphs.filter((glyph) => glyph.rects.some(touches)).map((glyph) => glyph.text),
    }];
  }));
}

describe('equation numbers never overlap their equation (notes page of tests/fixtures/print)', () => {
  const site = siteInBrowser(buildPrintFixture);

  const expectClear = async (page: Page) => {
    const equations = await numberOverlaps(page);
    assert.deepEqual(equations.map((equation) => equation.number), ['(1)', '(2)', '(3)'], 'the long, the unbreakable and the short equation');
    for (const equation of equations) {
      assert.equal(equation.lastTouched, false, `${equation.number} touches the last glyph "${equation.lastGlyph}"`);
      assert.deepEqual(equation.touched, [], `${equation.number} touches glyphs`);
    }
  };

  for (const [label, width] of [['desktop', 1280], ['phone', 390]] as const) {
    it(`on screen, ${label} width (${width} px)`, async () => {
      const page = await site.browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${site.server.url}/notes/01-fitting/`);
      await page.evaluate(() => document.fonts.ready);
      await expectClear(page);
      await page.close();
    });
  }

  it('in print, on the A4 text column', async () => {
    const page = await openA4Page(site.browser, `${site.server.url}/notes/01-fitting/`);
    await fitWideMaths(page);
    await expectClear(page);
    await page.context().close();
  });
});
