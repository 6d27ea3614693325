import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { serveSite, type SiteServer } from '../helpers/serve.ts';
import { checkSiteLinks } from '../helpers/site-links.ts';
import { watchPage } from '../helpers/watch.ts';

const BASE = '/mlmat/';

describe(`the site built for a base path (BASE_PATH=${BASE})`, () => {
  const outDir = mkdtempSync(join(tmpdir(), 'base-build-'));
  let server: SiteServer;
  let browser: Browser;

  before(async () => {
    const build = spawnSync('npm', ['run', 'build', '--', '--outDir', outDir], {
      encoding: 'utf8', env: { ...process.env, BASE_PATH: BASE },
    });
    assert.equal(build.status, 0, build.stderr);
    const pdf = spawnSync('npm', ['run', 'pdf', '--', '--dist', outDir], { encoding: 'utf8', env: { ...process.env, BASE_PATH: BASE } });
    assert.equal(pdf.status, 0, pdf.stderr);
    server = await serveSite(outDir, BASE);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('has every internal link and anchor resolving under the base path', () => {
    const { broken, checked } = checkSiteLinks(outDir, BASE);
    assert.ok(checked > 100);
    assert.deepEqual(broken, []);
  });

  it('presents the deck, the notes and search with no failed request', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const problems = watchPage(page, server.url);
    await page.goto(`${server.url}${BASE}`);
    await page.locator('a', { hasText: 'Slides' }).first().click();
    await page.waitForSelector('html[data-deck-ready="true"]');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => location.hash === '#/new-era-of-materials-research');
    await page.locator('section.present a.notes-link').click();
    await page.waitForURL(`${server.url}${BASE}notes/01-introduction/#new-era-of-materials-research`);
    assert.ok(await page.locator('.katex').first().isVisible());
    await page.click('[data-search-input]');
    await page.keyboard.type('Turing');
    await page.waitForSelector('.search-hit');
    assert.ok((await page.getAttribute('.search-hit', 'href'))!.startsWith(BASE), 'results open pages under the base path');
    assert.deepEqual(problems, { consoleErrors: [], failedRequests: [], offsiteRequests: [] });
  });
});
