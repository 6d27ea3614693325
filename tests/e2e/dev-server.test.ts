import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { startDevServer, type DevServer } from '../helpers/dev-server.ts';

// Inside the project, so that Astro's file watcher sees the edits.
const CONTENT = 'tests/.tmp/dev-content';
const LECTURE = join(CONTENT, 'lectures', '01-dev.md');
const OTHER = join(CONTENT, 'lectures', '02-other.md');
const lecture = (body: string, frontmatter = 'number: 1') => `---\ntitle: Dev\n${frontmatter}\n---\n\n## A slide\n\n${body}\n`;

/** The text of Astro's error overlay once it shows. */
async function overlayText(page: Page): Promise<string> {
  const overlay = page.locator('vite-error-overlay');
  await overlay.waitFor({ state: 'attached', timeout: 30_000 });
  return overlay.evaluate((element) => element.shadowRoot?.querySelector('#message-content')?.textContent ?? element.shadowRoot?.textContent ?? '');
}

describe('lecture-site dev: edits, errors and recovery', () => {
  let dev: DevServer;
  let browser: Browser;
  const notesUrl = () => `${dev.url}/notes/01-dev/`;

  before(async () => {
    rmSync(CONTENT, { recursive: true, force: true });
    mkdirSync(join(CONTENT, 'lectures'), { recursive: true });
    cpSync('tests/fixtures/bad/course.yaml', join(CONTENT, 'course.yaml'));
    writeFileSync(LECTURE, lecture('The formula $\\fracc{1}{2}$ here.'));
    dev = await startDevServer(CONTENT);
    browser = await launchChromium();
  });

  after(async () => {
    dev?.stop();
    await browser?.close();
    rmSync(CONTENT, { recursive: true, force: true });
  });

  it('shows a TeX error at file:line in Astro’s overlay and in the terminal', async () => {
    const page = await browser.newPage();
    await page.goto(notesUrl());
    assert.match(await overlayText(page), /01-dev\.md:8:\d+ error TeX error: Undefined control sequence: \\fracc/);
    assert.match(dev.output(), /01-dev\.md:8:\d+ error TeX error/);
    await page.close();
  });

  it('recovers once the lecture is fixed and saved, and shows each later save without a manual reload', async () => {
    const page = await browser.newPage();
    await page.goto(notesUrl());
    writeFileSync(LECTURE, lecture('The formula $\\frac{1}{2}$ here.'));
    await page.locator('.katex').first().waitFor({ timeout: 30_000 });
    writeFileSync(LECTURE, lecture('The formula $\\frac{1}{2}$ here, and a new sentence.'));
    await page.getByText('and a new sentence').waitFor({ timeout: 30_000 });
    await page.close();
  });

  it('takes a saved change into a notes page in place: no reload, the reader stays where they were', async () => {
    writeFileSync(LECTURE, lecture(`${'Filler paragraph.\n\n'.repeat(80)}The end.`));
    const page = await browser.newPage({ viewport: { width: 1000, height: 600 } });
    await page.goto(notesUrl());
    await page.getByText('The end.').waitFor({ timeout: 30_000 });
    await page.evaluate(() => {
      (window as unknown as { unreloaded: boolean }).unreloaded = true;
      window.scrollTo(0, 1500);
    });
    writeFileSync(LECTURE, lecture(`${'Filler paragraph.\n\n'.repeat(80)}The end, edited.`));
    await page.getByText('The end, edited.').waitFor({ timeout: 30_000 });
    assert.equal(await page.evaluate(() => (window as unknown as { unreloaded?: boolean }).unreloaded), true, 'the page was not reloaded');
    assert.equal(await page.evaluate(() => window.scrollY), 1500);
    await page.close();
  });

  it('shows a change saved while the page was still loading, once the page connects', async () => {
    const page = await browser.newPage();
    // Hold Vite's client back, so the page cannot hear of the compile that finishes meanwhile.
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/@vite/client', async (route) => {
      await released;
      await route.continue();
    });
    await page.goto(notesUrl(), { waitUntil: 'commit' }); // Module scripts are held, so the document never finishes loading.
    await page.locator('main').waitFor();
    const compiles = () => dev.output().match(/compiled 1 of/g)?.length ?? 0;
    const before = compiles();
    writeFileSync(LECTURE, lecture('Saved while loading.'));
    for (const started = Date.now(); compiles() === before && Date.now() - started < 30_000;) await page.waitForTimeout(50);
    await page.waitForTimeout(300); // The event for this compile has gone out to no one.
    release();
    await page.getByText('Saved while loading.').waitFor({ timeout: 30_000 });
    await page.close();
  });

  for (const { what, write, expected } of [
    { what: 'a frontmatter error', write: () => writeFileSync(LECTURE, lecture('Text.', 'number: one')), expected: /01-dev\.md:3:\d+ error Frontmatter "number".*\[frontmatter-invalid\]/ },
    { what: 'a lecture number used twice (a rule across lectures)', write: () => writeFileSync(OTHER, lecture('Other.')), expected: /02-other\.md:1:1 error Lecture number 1 is also used by .*01-dev\.md.*\[duplicate-number\]/ },
    { what: 'a link to a slide that does not exist', write: () => writeFileSync(LECTURE, lecture('See [there](#nowhere).')), expected: /01-dev\.md:8:5 error Link "#nowhere" points to "nowhere".*\[broken-link\]/ },
  ]) {
    it(`shows ${what} in the overlay, then the page again once fixed`, async () => {
      const page = await browser.newPage();
      await page.goto(notesUrl());
      write();
      await page.waitForTimeout(1000); // Let the compile and the reload that follows it happen.
      await page.goto(notesUrl());
      assert.match(await overlayText(page), expected);
      rmSync(OTHER, { force: true });
      writeFileSync(LECTURE, lecture('Fixed again.'));
      await page.getByText('Fixed again.').waitFor({ timeout: 30_000 });
      assert.equal(await page.locator('vite-error-overlay').count(), 0);
      await page.close();
    });
  }

  it('loads the search code on focus, and says that the index comes with a build', async () => {
    const page = await browser.newPage();
    await page.goto(notesUrl());
    await page.click('[data-search-input]');
    await page.keyboard.type('formula');
    await page.waitForFunction(() => /npm run build/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), undefined, { timeout: 30_000 });
    await page.close();
  });

  it('takes a saved course.yaml: the server restarts with the new course, and a broken one is an error until fixed', async () => {
    const page = await browser.newPage();
    const course = join(CONTENT, 'course.yaml');
    const original = readFileSync(course, 'utf8');
    writeFileSync(LECTURE, lecture('A good lecture.'));
    writeFileSync(course, original.replace('title: Fixture Course', 'title: Renamed Course'));
    await expect(async () => {
      await page.goto(notesUrl());
      assert.match(await page.title(), /Renamed Course/);
    });
    writeFileSync(course, original.replace('title: Fixture Course', 'titel: Fixture Course'));
    await expect(() => assert.match(dev.output(), /course\.yaml:1:1 error Unknown course\.yaml key "titel"/));
    writeFileSync(course, original);
    await expect(async () => {
      await page.goto(notesUrl());
      assert.match(await page.title(), /Fixture Course/);
    });
    await page.close();
  });
});

/** Retry an assertion for up to 30 s (a restart of the dev server takes a few seconds). */
async function expect(assertion: () => unknown): Promise<void> {
  for (const started = Date.now(); ; await new Promise((resolve) => setTimeout(resolve, 250))) {
    try {
      return void (await assertion());
    } catch (error) {
      if (Date.now() - started > 30_000) throw error;
    }
  }
}
