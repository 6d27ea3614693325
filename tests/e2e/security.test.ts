import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { compileText } from '../helpers/markdown.ts';
import { buildOf, siteInBrowser } from '../helpers/site-browser.ts';
import { scratchFolder } from '../helpers/scratch.ts';

/** Every page of a built site, as site paths. */
function pagesOf(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : pagesOf(path, root);
    return name === 'index.html' ? [`/${relative(root, dir)}/`.replace(/\/+/g, '/')] : [];
  });
}

/** Chromium with `alert` (and `prompt`, `confirm`) replaced by a trap that records who called it. */
async function trappedPage(browser: Browser) {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    const calls: unknown[] = [];
    (window as unknown as { injected: unknown[] }).injected = calls;
    window.alert = window.prompt = window.confirm = ((value: unknown) => void calls.push(value)) as never;
  });
  return page;
}

/** Move the pointer over every element and focus every focusable one, so hover and focus handlers would fire. */
async function provoke(page: Awaited<ReturnType<typeof trappedPage>>): Promise<unknown[]> {
  await page.evaluate(() => {
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      element.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
      element.focus?.();
    }
  });
  await page.waitForTimeout(100);
  return page.evaluate(() => (window as unknown as { injected: unknown[] }).injected);
}

describe('hostile but valid course data reaches every page as text', () => {
  const site = siteInBrowser(buildOf('tests/fixtures/hostile'));

  it('runs no injected script or handler on any page, and shows the markup as text', async () => {
    const pages = pagesOf(site.dist);
    assert.ok(pages.length >= 4, pages.join(', '));
    for (const path of pages) {
      const page = await trappedPage(site.browser);
      await page.goto(site.server.url + path);
      assert.deepEqual(await provoke(page), [], `${path}: an injected script ran`);
      assert.equal(await page.locator('body script:not([type]):not([src])').filter({ hasText: 'alert' }).count(), 0, path);
      await page.close();
    }
    const notes = readFileSync(join(site.dist, 'notes', '01-hostile', 'index.html'), 'utf8');
    assert.match(notes, /&lt;\/h1&gt;&lt;script&gt;alert\(&#39;subtitle&#39;\)/, 'the subtitle is shown as text');
    assert.match(notes, /<svg[^>]*class="diagram /, 'the diagram with hostile labels and clicks is drawn, not refused');
  });
});

describe('refused lecture input never runs, even in the HTML of a failed compile', () => {
  const hostile = [
    '[link](javascript:alert("link"))', '<javascript:alert("autolink")>', '[ref][r]\n\n[r]: JAVASCRIPT:alert("ref")',
    '<img src="/favicon.svg" alt="x" onerror="alert(\'onerror\')">', '<script>alert("script")</script>',
    '<a href="#" onclick="alert(\'onclick\')" autofocus onfocus="alert(\'focus\')">x</a>',
    '<iframe src="data:text/html,<script>alert(1)</script>"></iframe>', '<svg onload="alert(\'svg\')"></svg>',
    '<details open ontoggle="alert(\'toggle\')"><summary>s</summary></details>',
  ];

  it('reports each as an error, and its deck and notes run nothing in Chromium', async () => {
    const browser = await launchChromium();
    try {
      for (const snippet of hostile) {
        const compiled = await compileText(`---\ntitle: T\nnumber: 1\n---\n\n## Slide\n\n${snippet}\n`);
        assert.ok(compiled.diagnostics.some((d) => d.severity === 'error'), `no error for ${snippet}`);
        const page = await trappedPage(browser);
        const file = join(scratchFolder('refused'), 'page.html');
        writeFileSync(file, `<!doctype html><main>${compiled.slides.map((slide) => slide.html).join('')}${compiled.notesHtml}</main>`);
        await page.goto(pathToFileURL(file).href);
        const hrefs = await page.locator('[href], [src]').evaluateAll((elements) => elements.map((element) => element.getAttribute('href') ?? element.getAttribute('src')));
        for (const href of hrefs) assert.doesNotMatch(href ?? '', /^\s*(javascript|data|vbscript):/i, `kept ${href} from ${snippet}`);
        assert.deepEqual(await provoke(page), [], `ran: ${snippet}`);
        await page.close();
      }
    } finally {
      await browser.close();
    }
  });
});
