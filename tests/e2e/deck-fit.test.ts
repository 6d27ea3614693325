import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { axeViolations } from '../helpers/axe.ts';
import { runCli } from '../helpers/cli.ts';
import { buildOf, siteInBrowser, type SiteInBrowser } from '../helpers/site-browser.ts';
import { scratchFolder } from '../helpers/scratch.ts';

/** The fixture course of decks made to overflow: notebooks with and without slideshow metadata, long sections, code, outputs, tables, a 4:3 deck. */
const DECKS = 'tests/fixtures/decks';

/** Tests/fixtures/jupyter-book imported, as `lecture-site import` writes it, into a fresh folder. */
async function importedBook(): Promise<string> {
  const out = join(scratchFolder('book'), 'course');
  const run = runCli(['import', 'tests/fixtures/jupyter-book', '--out', out]);
  assert.equal(run.status, 0, run.output);
  return out;
}

const decksOf = (dist: string) => readdirSync(join(dist, 'slides')).map((id) => `/slides/${id}/`);

/**
 * Present every slide of a deck in the page's window and list what does not fit: any block of
 * the slide (fragments not yet shown included: they hold their place) or picture past the frame,
 * or over the slide number. A scroll box's content is clipped by the box, so the box is what counts.
 */
async function misfits(page: Page, deckUrl: string): Promise<string[]> {
  await page.goto(deckUrl);
  await page.waitForSelector('html[data-deck-ready="true"]');
  const count = await page.evaluate(() => document.querySelectorAll('.reveal .slides > section').length);
  const found: string[] = [];
  for (let index = 0; index < count; index++) {
    await page.evaluate((slide) => { location.hash = `#/${slide}`; }, index);
    await page.waitForFunction((slide) => document.querySelectorAll('.reveal .slides > section')[slide]?.classList.contains('present'), index);
    found.push(...await page.evaluate(() => {
      const frame = document.querySelector('.reveal .slides')!.getBoundingClientRect();
      const number = document.querySelector('.reveal .slide-number')!.getBoundingClientRect();
      const slide = document.querySelector<HTMLElement>('.reveal .slides > section.present')!;
      const laidOut = (element: Element) => element.getClientRects().length > 0 && !element.closest('.slide-scroll > *');
      const parts = [
        ...[...slide.children].filter((child) => !child.matches('aside.notes, .notes-link')),
        ...slide.querySelectorAll('img, svg.figure-svg, svg.diagram, .cell-output-svg svg'),
      ].filter(laidOut);
      return parts.flatMap((part) => {
        const box = part.getBoundingClientRect();
        const name = `${slide.id || 'untitled'} ${part.tagName.toLowerCase()}${part.classList.length ? `.${[...part.classList].join('.')}` : ''}`;
        const problems: string[] = [];
        if (box.bottom > frame.bottom + 1 || box.right > frame.right + 1 || box.left < frame.left - 1) problems.push(`${name} runs past the frame`);
        if (box.left < number.right && box.right > number.left && box.top < number.bottom && box.bottom > number.top) problems.push(`${name} is under the slide number`);
        return problems;
      });
    }));
  }
  return found;
}

/** Every deck of a built course walked at 1280×720, one test per deck. */
function everySlideFits(name: string, site: SiteInBrowser, dist: () => string): void {
  describe(`${name}: presented at 1280×720, every slide of every deck fits its frame and keeps clear of the slide number`, () => {
    let page: Page;
    before(async () => {
      page = await site.browser.newPage({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    });
    after(() => page.close());

    it('walks every deck', async () => {
      const decks = decksOf(dist());
      assert.ok(decks.length >= 3, 'the course has its decks');
      for (const deck of decks) assert.deepEqual(await misfits(page, `${site.server.url}${deck}`), [], deck);
    });
  });
}

describe('decks that fit: the deck fixture', () => {
  const site = siteInBrowser(buildOf(DECKS));
  everySlideFits('tests/fixtures/decks', site, () => site.dist);

  it('continues a long section on slides of its own, "(cont.)" in their titles and in the slide menu', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${site.server.url}/slides/01-sections-that-run-long/#/a-long-section-cont`);
    await page.waitForSelector('html[data-deck-ready="true"]');
    assert.equal(await page.textContent('.reveal .slides > section.present h2'), 'A long section (cont.)');
    await page.keyboard.press('m');
    const menu = await page.locator('.slide-menu').innerText();
    assert.match(menu, /A long section \(cont\.\)/);
    await page.close();
  });

  it('scrolls a block too tall for any slide in its own box, in the tab order and scrolled with ↓, staying on the slide', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/slides/01-sections-that-run-long/#/a-tall-output`);
    await page.waitForSelector('html[data-deck-ready="true"]');
    const box = page.locator('.reveal .slides > section.present .slide-scroll');
    assert.equal(await box.getAttribute('tabindex'), '0');
    assert.equal(await box.getAttribute('data-prevent-swipe'), '', 'a finger scrolls it rather than swiping');
    await box.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('PageDown');
    // Chromium animates a keyboard scroll: under load the first frame of it may come after the key press returned.
    const scrolled = await box.evaluate((element) => new Promise<boolean>((resolve) => {
      const started = performance.now();
      const look = () => (element.scrollTop > 0 ? resolve(true) : performance.now() - started > 5000 ? resolve(false) : requestAnimationFrame(look));
      look();
    }));
    assert.ok(scrolled, 'the box scrolled');
    assert.equal(await page.evaluate(() => location.hash), '#/a-tall-output', 'and the deck stayed on the slide');
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });

  it('gives a 4:3 Quarto deck a 4:3 frame and the others 16:9', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 720 } });
    const ratio = async (deck: string) => {
      await page.goto(`${site.server.url}/slides/${deck}/`);
      await page.waitForSelector('html[data-deck-ready="true"]');
      return page.evaluate(() => {
        const frame = document.querySelector('.reveal .slides')!.getBoundingClientRect();
        return frame.width / frame.height;
      });
    };
    assert.ok(Math.abs(await ratio('03-a-four-by-three-deck') - 4 / 3) < 0.01);
    assert.ok(Math.abs(await ratio('01-sections-that-run-long') - 16 / 9) < 0.01);
    await page.close();
  });

  it('prints every slide within its page, and the 4:3 deck on 4:3 pages of its slides PDF', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1920, height: 1080 } });
    for (const deck of decksOf(site.dist)) {
      await page.goto(`${site.server.url}${deck}?print-pdf&pdfSeparateFragments=false`);
      await page.waitForSelector('html[data-deck-ready="true"]');
      const overflowing = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.pdf-page > section')].flatMap((slide) =>
        [...slide.children].filter((part) => !part.matches('aside.notes, .notes-link') && part.getClientRects().length > 0)
          .filter((part) => part.getBoundingClientRect().bottom > slide.parentElement!.getBoundingClientRect().bottom + 1)
          .map((part) => `${slide.id}: ${part.tagName}`)));
      assert.deepEqual(overflowing, [], deck);
    }
    await page.close();
    const run = runCli(['pdf', '--dist', site.dist]);
    assert.equal(run.status, 0, run.output);
    const pages = async (file: string) => (await PDFDocument.load(readFileSync(join(site.dist, 'pdf', file)))).getPage(0).getSize();
    const fourByThree = await pages('03-a-four-by-three-deck-slides.pdf');
    assert.ok(Math.abs(fourByThree.width / fourByThree.height - 4 / 3) < 0.02, `${fourByThree.width}×${fourByThree.height}`);
    const wide = await pages('01-sections-that-run-long-slides.pdf');
    assert.ok(Math.abs(wide.width / wide.height - 16 / 9) < 0.02, `${wide.width}×${wide.height}`);
  });
});

describe('decks that fit: tests/fixtures/jupyter-book, imported as it is', () => {
  const site = siteInBrowser(buildOf(importedBook));
  everySlideFits('the imported Jupyter Book', site, () => site.dist);
});
