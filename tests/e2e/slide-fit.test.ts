import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { DIST } from '../helpers/dist.ts';
import { figureFixture } from '../helpers/figure-fixture.ts';
import { buildOf, siteInBrowser } from '../helpers/site-browser.ts';
import { sitePages } from '../helpers/site-links.ts';

const decksOf = (root: string) => sitePages(root).filter((path) => path.startsWith('/slides/'));

describe('every slide of every built deck fits its 16:9 frame', () => {
  const site = siteInBrowser();

  for (const path of decksOf(DIST)) {
    it(`${path} has no slide taller than 1080 px`, async () => {
      const page = await site.browser.newPage({ viewport: { width: 1920, height: 1080 } });
      // The print view lays every slide out at once, at its logical size.
      await page.goto(`${site.server.url}${path}?print-pdf&pdfSeparateFragments=false`);
      await page.waitForSelector('html[data-deck-ready="true"]');
      const tooTall = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.slides > section, .slides .pdf-page > section')].flatMap((slide) => {
          const blocks = [...slide.children].filter((child) => !child.matches('aside.notes, .notes-link'));
          if (blocks.length === 0) return [];
          const top = Math.min(...blocks.map((block) => block.getBoundingClientRect().top));
          // A block's bottom margin counts: content running to the very edge sits under the slide number.
          const bottom = Math.max(...blocks.map((block) => block.getBoundingClientRect().bottom + parseFloat(getComputedStyle(block).marginBottom)));
          return bottom - top > 1080 ? [`${slide.id}: ${Math.round(bottom - top)} px`] : [];
        }));
      await page.close();
      assert.deepEqual(tooTall, []);
    });
  }
});

/**
 * Present every slide of a deck in a 1280×720 window and list what does
 * not fit: a block or a picture past the frame, or, on a slide with
 * pictures, anything over the slide number.
 */
async function presentedMisfits(page: Page, deckUrl: string): Promise<string[]> {
  await page.goto(deckUrl);
  await page.waitForSelector('html[data-deck-ready="true"]');
  const count = await page.evaluate(() => document.querySelectorAll('.reveal .slides > section').length);
  const misfits: string[] = [];
  for (let index = 0; index < count; index++) {
    await page.evaluate((slide) => { location.hash = `#/${slide}`; }, index);
    await page.waitForFunction((slide) => document.querySelectorAll('.reveal .slides > section')[slide]?.classList.contains('present'), index);
    misfits.push(...await page.evaluate(() => {
      const frame = document.querySelector('.reveal .slides')!.getBoundingClientRect();
      const number = document.querySelector('.reveal .slide-number')?.getBoundingClientRect();
      const slide = document.querySelector<HTMLElement>('.reveal .slides > section.present')!;
      const shown = (element: Element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
      const parts = [
        ...[...slide.children].filter((child) => !child.matches('aside.notes, .notes-link')),
        ...slide.querySelectorAll('img, svg.figure-svg, svg.diagram'),
      ].filter(shown);
      return parts.flatMap((part) => {
        const box = part.getBoundingClientRect();
        const name = `${slide.id || 'untitled'} ${part.tagName.toLowerCase()}${part.classList.length ? `.${[...part.classList].join('.')}` : ''}`;
        const problems: string[] = [];
        if (box.bottom > frame.bottom + 1 || box.right > frame.right + 1 || box.left < frame.left - 1) problems.push(`${name} runs past the frame`);
        const overNumber = number && box.left < number.right && box.right > number.left && box.top < number.bottom && box.bottom > number.top;
        if (slide.classList.contains('has-media') && overNumber) problems.push(`${name} covers the slide number`);
        return problems;
      });
    }));
  }
  return misfits;
}

describe('presented in a 1280×720 window, every slide fits and pictures keep clear of the slide number', () => {
  const site = siteInBrowser();
  let page: Page;
  before(async () => {
    page = await site.browser.newPage({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
  });

  for (const path of decksOf(DIST)) {
    it(`${path}`, async () => assert.deepEqual(await presentedMisfits(page, `${site.server.url}${path}`), []));
  }
});

describe('the figure fixture: every picture and diagram form fits its slide', () => {
  const fixture = siteInBrowser(buildOf(figureFixture));

  it('presented at 1280×720: nothing past the frame, nothing over the slide number', async () => {
    const page = await fixture.browser.newPage({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    assert.deepEqual(await presentedMisfits(page, `${fixture.server.url}/slides/01-figures/`), []);
  });

  it('printed: no slide taller than its page', async () => {
    const page = await fixture.browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(`${fixture.server.url}/slides/01-figures/?print-pdf&pdfSeparateFragments=false`);
    await page.waitForSelector('html[data-deck-ready="true"]');
    const overflowing = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.pdf-page > section')].flatMap((slide) =>
      [...slide.querySelectorAll('img, svg.figure-svg, svg.diagram, p, li')].filter((part) => part.getClientRects().length > 0)
        .filter((part) => part.getBoundingClientRect().bottom > slide.parentElement!.getBoundingClientRect().bottom + 1)
        .map((part) => `${slide.id}: ${part.tagName}`)));
    assert.deepEqual(overflowing, []);
  });

  it('shows pictures at a useful size: a photograph alone fills most of the slide’s height', async () => {
    const page = await fixture.browser.newPage({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    await page.goto(`${fixture.server.url}/slides/01-figures/#/a-tall-portrait`);
    await page.waitForSelector('html[data-deck-ready="true"]');
    const share = await page.evaluate(() => {
      const frame = document.querySelector('.reveal .slides')!.getBoundingClientRect();
      return document.querySelector('#a-tall-portrait img')!.getBoundingClientRect().height / frame.height;
    });
    assert.ok(share > 0.6 && share < 0.9, `the portrait takes ${Math.round(share * 100)} % of the slide's height`);
  });
});
