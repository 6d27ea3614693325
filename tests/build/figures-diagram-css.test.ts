import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';

const CSS = new URL('../../src/figures/diagrams.css', import.meta.url);
const SVGS = '<svg class="diagram diagram-light" viewBox="0 0 10 10"></svg><svg class="diagram diagram-dark" viewBox="0 0 10 10"></svg>';

describe('diagrams.css shows the variant matching the page', () => {
  let browser: Browser;
  let dir = '';

  before(async () => {
    browser = await launchChromium();
    dir = await mkdtemp(join(tmpdir(), 'figures-css-'));
  });
  after(async () => {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function open(body: string, colorScheme: 'light' | 'dark', media: 'screen' | 'print', theme?: string) {
    const file = join(dir, 'page.html');
    const html = theme ? `<html data-theme="${theme}">` : '<html>';
    await writeFile(file, `<!doctype html>${html}<style>${await readFile(CSS, 'utf8')}</style>${body}`);
    const page = await browser.newPage();
    await page.emulateMedia({ colorScheme, media });
    await page.goto(pathToFileURL(file).href);
    return page;
  }

  /** Which variant is displayed on a page with this markup, colour scheme and media. */
  async function shown(body: string, colorScheme: 'light' | 'dark', media: 'screen' | 'print', theme?: string): Promise<string[]> {
    const page = await open(body, colorScheme, media, theme);
    const visible = await page.$$eval('svg', (svgs) => svgs.filter((svg) => getComputedStyle(svg).display !== 'none').map((svg) => svg.classList[1]!));
    await page.close();
    return visible;
  }

  const notes = `<article class="lecture-notes-page">${SVGS}</article>`;

  it('follows the system scheme on a reading page unless the reader chose one', async () => {
    assert.deepEqual(await shown(notes, 'light', 'screen'), ['diagram-light']);
    assert.deepEqual(await shown(notes, 'dark', 'screen'), ['diagram-dark']);
    assert.deepEqual(await shown(notes, 'dark', 'screen', 'light'), ['diagram-light']);
    assert.deepEqual(await shown(notes, 'light', 'screen', 'dark'), ['diagram-dark']);
  });

  it('prints light, and keeps decks light', async () => {
    assert.deepEqual(await shown(notes, 'dark', 'print', 'dark'), ['diagram-light']);
    assert.deepEqual(await shown(`<div class="reveal">${SVGS}</div>`, 'dark', 'screen', 'dark'), ['diagram-light']);
  });

  it('keeps a diagram at its natural width on a reading page, and lets it grow on a slide', async () => {
    const svg = '<svg class="diagram diagram-light" style="--figure-width: 200px" viewBox="0 0 200 100"></svg>';
    const width = async (body: string) => {
      const page = await open(body, 'light', 'screen');
      const measured = await page.$eval('svg', (element) => element.getBoundingClientRect().width);
      await page.close();
      return measured;
    };
    assert.equal(await width(`<article class="lecture-notes-page" style="width: 700px">${svg}</article>`), 200);
    assert.equal(await width(`<article style="width: 150px">${svg}</article>`), 150, 'narrower than its column on a phone');
    assert.equal(await width(`<div class="reveal"><div class="slides" style="width: 1800px">${svg}</div></div>`), 500);
  });
});
