import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCli } from '../helpers/cli.ts';
import { buildCourse } from '../helpers/build-run.ts';
import { siteInBrowser } from '../helpers/site-browser.ts';
import { checkSiteLinks } from '../helpers/site-links.ts';
import { watchPage } from '../helpers/watch.ts';

const BASE = '/mlmat/';

describe(`the site built for a base path (BASE_PATH=${BASE})`, () => {
  const site = siteInBrowser(() => {
    const build = buildCourse('content', [], undefined, { BASE_PATH: BASE });
    assert.equal(build.status, 0, build.output);
    const pdf = runCli(['pdf', '--dist', build.outDir], { BASE_PATH: BASE });
    assert.equal(pdf.status, 0, pdf.stderr);
    return build.outDir;
  }, BASE);

  it('has every internal link and anchor resolving under the base path', () => {
    const { broken, checked } = checkSiteLinks(site.dist, BASE);
    assert.ok(checked > 100);
    assert.deepEqual(broken, []);
  });

  it('presents the deck, the notes and search with no failed request', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 720 } });
    const problems = watchPage(page, site.server.url);
    await page.goto(`${site.server.url}${BASE}`);
    await page.locator('a', { hasText: 'Slides' }).first().click();
    await page.waitForSelector('html[data-deck-ready="true"]');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => location.hash === '#/new-era-of-materials-research');
    await page.locator('section.present a.notes-link').click();
    await page.waitForURL(`${site.server.url}${BASE}notes/01-introduction/#new-era-of-materials-research`);
    assert.ok(await page.locator('.katex').first().isVisible());
    await page.click('[data-search-input]');
    await page.keyboard.type('Turing');
    await page.waitForSelector('.search-hit');
    assert.ok((await page.getAttribute('.search-hit', 'href'))!.startsWith(BASE), 'results open pages under the base path');
    assert.deepEqual(problems, { consoleErrors: [], failedRequests: [], offsiteRequests: [] });
  });
});
