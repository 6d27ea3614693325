import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { accessibleText } from '../helpers/accessible-text.ts';
import { axeViolations } from '../helpers/axe.ts';
import { query } from '../helpers/html.ts';
import { buildOf, siteInBrowser, type SiteInBrowser } from '../helpers/site-browser.ts';

/** The slide labels the study view shows, in page order: the deck's number, or why a slide has none. */
async function slideLabels(page: Page): Promise<string[]> {
  const text = await accessibleText(page, '.lecture-body');
  return text.flatMap((run, index) => {
    if (run === 'SLIDE ') return [`Slide ${text[index + 1]}`];
    if (run === 'SLIDE (NOT NUMBERED)') return ['not numbered'];
    return run === 'IN THE NOTES ONLY, NOT IN THE DECK' ? ['not in the deck'] : [];
  });
}

/** The labels the notes' slides should have: each one's number in the built deck (the title slide is 1; uncounted slides are not counted). */
async function deckNumbers(site: SiteInBrowser, page: Page, lecture: string): Promise<string[]> {
  const deck = query(readFileSync(join(site.dist, 'slides', lecture, 'index.html'), 'utf8')).all('.reveal .slides > section');
  const numbers = new Map<string, number>();
  let counted = 0;
  for (const section of deck) {
    if (section.properties.dataVisibility !== 'uncounted') counted += 1;
    numbers.set(String(section.properties.id), counted);
  }
  const sections = await page.$$eval('.lecture-body > section.slide', (all) => all.map((section) =>
    ({ id: section.id || section.querySelector('h1, h2')?.id || '', visibility: (section as HTMLElement).dataset.visibility })));
  return sections.map(({ id, visibility }) => {
    if (visibility === 'hidden') return 'not in the deck';
    if (visibility === 'uncounted') return 'not numbered';
    assert.ok(numbers.has(id), `slide ${id} is in the deck`);
    return `Slide ${numbers.get(id)}`;
  });
}

/** The step marks inside one slide of the notes, in page order. */
async function stepMarks(page: Page, slideId: string): Promise<string[]> {
  const text = await accessibleText(page, `.lecture-body > section.slide:has(#${slideId})`);
  return text.flatMap((run, index) => (run === 'Step ' ? [`Step ${text[index + 1]}`] : run === 'Later step' ? [run] : []));
}

const studying = (page: Page) => page.evaluate(() => document.documentElement.hasAttribute('data-study'));

describe('the study view of the notes (content/)', () => {
  const site = siteInBrowser();

  it('is off at first; the button turns it on without loading a script, and every slide shows its number in the deck', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1440, height: 900 } });
    const scripts: string[] = [];
    page.on('request', (request) => { if (request.resourceType() === 'script') scripts.push(request.url()); });
    await page.goto(`${site.server.url}/notes/02-ml-basics/`, { waitUntil: 'networkidle' });
    assert.equal(await studying(page), false);
    assert.deepEqual(await slideLabels(page), [], 'the reading view shows no slide labels');
    await page.getByRole('button', { name: 'Study view: every slide and step marked' }).click();
    assert.equal(await studying(page), true);
    assert.deepEqual(await slideLabels(page), await deckNumbers(site, page, '02-ml-basics'));
    assert.deepEqual(scripts, [], 'no script loaded, before or after');
    await page.getByRole('button', { name: 'Back to the reading view' }).click();
    assert.equal(await studying(page), false);
    await page.close();
  });

  it('numbers the steps of a slide in the order it reveals them, and labels the lecturer’s notes', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${site.server.url}/notes/01-introduction/`);
    await page.click('.study-toggle');
    assert.deepEqual(await stepMarks(page, 'why-machine-learning-ml-1'), ['Step 1', 'Step 2', 'Step 3'], 'an incremental list');
    assert.deepEqual(await stepMarks(page, 'why-machine-learning-ml'), ['Step 1'], 'what follows a pause');
    assert.deepEqual(await stepMarks(page, 'new-era-of-materials-research'), []);
    const notes = await accessibleText(page, '.lecture-body > section.slide:has(#new-era-of-materials-research) .lecture-notes');
    assert.equal(notes[0], 'LECTURER’S NOTES');
    await page.close();
  });

  it('is remembered, on every notes page, from the first paint; off again when switched off', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    // Whether the page is in the study view when its document has been read, before anything is shown.
    await page.addInitScript(() => document.addEventListener('DOMContentLoaded', () => {
      document.documentElement.dataset.studyAtFirstPaint = String(document.documentElement.hasAttribute('data-study'));
    }));
    const atFirstPaint = () => page.evaluate(() => document.documentElement.dataset.studyAtFirstPaint);
    await page.goto(`${site.server.url}/notes/01-introduction/`);
    await page.click('.study-toggle');
    await page.goto(`${site.server.url}/notes/03-materials-data/`);
    assert.equal(await atFirstPaint(), 'true');
    assert.ok(await page.getByRole('button', { name: 'Back to the reading view' }).isVisible());
    await page.click('.study-toggle');
    await page.reload();
    assert.equal(await atFirstPaint(), 'false');
    await context.close();
  });

  it('passes axe in the light and the dark theme', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await site.browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(`${site.server.url}/notes/01-introduction/`);
      await page.click('.study-toggle');
      assert.deepEqual(await axeViolations(page), [], colorScheme);
      await context.close();
    }
  });
});

describe('the study view of slides the deck counts differently (tests/fixtures/quarto)', () => {
  const site = siteInBrowser(buildOf('tests/fixtures/quarto'));

  it('says which slides are not numbered or not in the deck, and numbers the rest as the deck does', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${site.server.url}/notes/01-quarto-deck/`);
    await page.click('.study-toggle');
    const labels = await slideLabels(page);
    assert.ok(labels.includes('not numbered') && labels.includes('not in the deck'), labels.join(', '));
    assert.deepEqual(labels, await deckNumbers(site, page, '01-quarto-deck'));
    await page.close();
  });

  it('marks steps without numbers on a slide that orders them itself (fragment-index)', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${site.server.url}/notes/01-quarto-deck/`);
    await page.click('.study-toggle');
    const ordered = await page.$eval('.lecture-body > section.slide:has(.fragment[data-fragment-index])', (section) =>
      section.id || section.querySelector('h1, h2')!.id);
    const marks = await stepMarks(page, ordered);
    assert.ok(marks.length > 0 && marks.every((mark) => mark === 'Later step'), marks.join(', '));
    await page.close();
  });
});
