import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { siteInBrowser } from '../helpers/site-browser.ts';

const NOTES = '/notes/01-introduction/';
const LIGHT_PAPER = 'rgb(255, 255, 255)';
const DARK_PAPER = 'rgb(20, 22, 27)';

describe('the notes page in Chromium', () => {
  const site = siteInBrowser();

  it('runs no script before the reader uses a control, but the line that applies the theme', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1440, height: 900 } });
    const scripts: string[] = [];
    page.on('request', (request) => { if (request.resourceType() === 'script') scripts.push(request.url()); });
    await page.goto(site.server.url + '/notes/02-ml-basics/', { waitUntil: 'networkidle' });
    await page.mouse.wheel(0, 2000);
    await page.waitForTimeout(200);
    assert.deepEqual(scripts, []);
    const inline = await page.evaluate(() => [...document.scripts].map((script) => script.src || script.textContent!.trim()));
    assert.equal(inline.length, 1, inline.join('\n'));
    assert.match(inline[0]!, /localStorage/);
    await page.close();
  });

  it('highlights the table-of-contents entry of the section in view, without a script', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(site.server.url + NOTES);
    const current = () => page.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement>('.toc a')]
      .filter((link) => link.matches(':target-current')).map((link) => [link.getAttribute('href'), getComputedStyle(link).fontWeight]));
    await page.evaluate(() => document.getElementById('module-contents')!.scrollIntoView({ block: 'start' }));
    await page.waitForFunction(() => document.querySelector('.toc a:target-current')?.getAttribute('href') === '#module-contents');
    assert.deepEqual(await current(), [['#module-contents', '600']]);
    await page.emulateMedia({ media: 'print' });
    const weights = await page.locator('.toc a').evaluateAll((links) => [...new Set(links.map((link) => getComputedStyle(link).fontWeight))]);
    assert.deepEqual(weights, ['400'], 'the printed contents list marks no section as the one in view');
    await page.close();
  });

  it('copies a code block with its Copy button', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.url });
    const page = await context.newPage();
    await page.goto(site.server.url + '/notes/02-ml-basics/');
    const block = page.locator('.code-block').first();
    await block.locator('.copy-code').click();
    await page.waitForFunction(() => document.querySelector('.copy-code')?.textContent === 'Copied');
    const code = await block.locator('pre code').innerText();
    assert.ok(code.length > 20);
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code);
    await context.close();
  });

  it('toggles the dark theme and remembers it across a reload', async () => {
    const context = await site.browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(site.server.url + NOTES);
    const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(await theme(), undefined);
    assert.equal(await background(), LIGHT_PAPER);
    await page.click('[data-theme-toggle]');
    assert.equal(await theme(), 'dark');
    assert.equal(await background(), DARK_PAPER);
    await page.reload();
    assert.equal(await theme(), 'dark');
    assert.equal(await background(), DARK_PAPER);
    await page.click('[data-theme-toggle]');
    assert.equal(await theme(), 'light');
    assert.equal(await background(), LIGHT_PAPER);
    await context.close();
  });

  it('follows the system theme when the reader has not chosen, without a script', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await site.browser.newContext({ colorScheme: 'dark', javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(site.server.url + '/notes/02-ml-basics/');
      assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), DARK_PAPER);
      const code = await page.evaluate(() => getComputedStyle(document.querySelector('pre.astro-code')!).backgroundColor);
      assert.equal(code, 'rgb(10, 12, 16)', 'code blocks take the dark Shiki theme');
      await context.close();
    }
  });

  it('prints in the light theme even when the dark one is chosen', async () => {
    const context = await site.browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(site.server.url + '/notes/02-ml-basics/');
    await page.click('[data-theme-toggle]');
    await page.click('[data-theme-toggle]');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    await page.emulateMedia({ media: 'print' });
    const [ink, code] = await page.evaluate(() => [getComputedStyle(document.body).color, getComputedStyle(document.querySelector('pre.astro-code')!).backgroundColor]);
    assert.equal(ink, 'rgb(22, 24, 29)');
    assert.equal(code, 'rgb(255, 255, 255)');
    await context.close();
  });

  it('has no horizontal page scroll at 360 px, tables scrolling inside themselves', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
    for (const path of ['/', NOTES, '/references/']) {
      await page.goto(site.server.url + path);
      const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      assert.ok(scroll <= client, `${path}: page is ${scroll}px wide at ${client}px`);
    }
    await page.screenshot({ path: 'test-results/references-360.png' });
    await page.close();
  });

  it('links the sidebar, the slides and the next lecture', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(site.server.url + NOTES);
    assert.equal(await page.getAttribute('.course-sidebar a[aria-current="page"]', 'href'), NOTES);
    assert.equal(await page.getAttribute('.lecture-links a', 'href'), '/slides/01-introduction/');
    assert.match(await page.locator('.lecture-meta').innerText(), /\d+ min read/);
    assert.match(await page.locator('.page-meta').innerText(), /Last updated/);
    await page.close();
  });

  it('draws no second rule under the header when a lecture opens on a section, but divides the sections after it', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.server.url}/notes/02-ml-basics/`);
    const rules = await page.locator('.lecture-body > section.slide > h1').evaluateAll((headings) => headings.map((heading) => getComputedStyle(heading).borderTopWidth));
    assert.ok(rules.length > 1, 'Lecture 2 has several sections');
    assert.deepEqual(rules.slice(0, 2), ['0px', '2px'], 'the opening section has no rule; the next one has');
    await page.close();
  });
});
