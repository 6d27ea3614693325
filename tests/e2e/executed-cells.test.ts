import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { axeViolations } from '../helpers/axe.ts';
import { query } from '../helpers/html.ts';
import { buildOf, siteInBrowser } from '../helpers/site-browser.ts';
import { watchPage, type PageProblems } from '../helpers/watch.ts';

/** The executed-code fixture's deck in Chromium: its outputs as a student sees them on the slides. */
describe('the deck of a lecture with executed code, in Chromium', () => {
  const site = siteInBrowser(buildOf('tests/fixtures/executed'));
  let page: Page;
  let problems: PageProblems;
  let slideIds: string[];

  /** Show a slide of the deck and wait until it is the current one. */
  async function show(id: string): Promise<void> {
    await page.evaluate((slide) => (location.hash = `#/${slide}`), id);
    await page.waitForFunction((slide) => document.querySelector('.slides > section.present')?.id === slide, id);
  }

  before(async () => {
    slideIds = query(readFileSync(join(site.dist, 'slides/01-outputs/index.html'), 'utf8'))
      .all('.reveal .slides > section')
      .map((section) => String(section.properties.id));
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    page = await context.newPage();
    problems = watchPage(page, site.server.url);
    await page.goto(`${site.server.url}/slides/01-outputs/`);
    await page.waitForSelector('html[data-deck-ready="true"]');
  });

  it('shows every slide without an accessibility violation, a console error or a request off the site', async () => {
    const violations: string[] = [];
    for (const id of slideIds) {
      await show(id);
      for (const violation of await axeViolations(page)) violations.push(`#/${id} ${violation}`);
    }
    assert.deepEqual(violations, []);
    assert.deepEqual(problems, { consoleErrors: [], failedRequests: [], offsiteRequests: [] });
  });

  it('draws the Matplotlib figure in the course font, whole, inside the slide', async () => {
    // Its code and figure do not fit one slide together: the figure is on the slide's continuation (README: Deck options).
    await show('a-figure-cont');
    const figure = await page.evaluate(() => {
      const svg = document.querySelector<SVGSVGElement>('section.present figure svg')!;
      const text = svg.querySelector('text')!;
      const box = svg.getBoundingClientRect();
      const slide = document.querySelector('section.present')!.getBoundingClientRect();
      return {
        font: getComputedStyle(text).fontFamily,
        // The course font itself: the emoji fonts later in the list load only for emoji.
        fontLoaded: document.fonts.check('16px "Source Sans 3 Variable"'),
        inside: box.top >= slide.top && box.bottom <= slide.bottom && box.left >= slide.left && box.right <= slide.right,
        height: box.height,
      };
    });
    assert.match(figure.font, /^"Source Sans 3 Variable"/);
    assert.ok(figure.fontLoaded);
    assert.ok(figure.inside, 'the figure fits the slide');
    assert.ok(figure.height > 250, `drawn large enough to read (${figure.height} px)`);
  });

  it('opens folded code on a click', async () => {
    await show('folded-code');
    const code = page.locator('section.present details.cell-code-fold').first();
    assert.equal(await code.locator('pre').isVisible(), false);
    await code.locator('summary').click();
    assert.equal(await code.locator('pre').isVisible(), true);
  });

  it('scrolls an output too tall for any slide in a box of its own on the slide, and the notes show it whole', async () => {
    await show('too-long-for-a-slide');
    const box = page.locator('section.present .slide-scroll');
    assert.match((await box.locator('pre.cell-stdout').textContent()) ?? '', /step 29: loss 0\.0333/);
    assert.ok(await box.evaluate((element) => element.scrollHeight > element.clientHeight), 'the box scrolls');
    await page.goto(`${site.server.url}/notes/01-outputs/#too-long-for-a-slide`);
    const output = page.locator('#too-long-for-a-slide ~ .cell pre.cell-stdout, section:has(#too-long-for-a-slide) pre.cell-stdout');
    assert.match((await output.first().textContent()) ?? '', /step 29: loss 0\.0333/);
  });

  it('reading notes of both lectures (Markdown and notebook) have no accessibility violation', async () => {
    const violations: string[] = [];
    for (const path of ['/notes/01-outputs/', '/notes/02-notebook/']) {
      await page.goto(site.server.url + path);
      for (const violation of await axeViolations(page)) violations.push(`${path} ${violation}`);
    }
    assert.deepEqual(violations, []);
  });
});
