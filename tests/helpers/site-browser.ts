import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../src/headless/chromium.ts';
import { serveSite, type SiteServer } from '../../src/build/serve.ts';
import { buildCourse } from './build-run.ts';
import { watchPage, type PageProblems } from './watch.ts';

/** The built site served on loopback and a Chromium to look at it, for one test file. */
export interface SiteInBrowser {
  /** The folder served. */
  dist: string;
  server: SiteServer;
  browser: Browser;
}

/**
 * Serve a built site and launch Chromium before the file's tests; close both
 * after. The site is `dist/`, or the folder `build` makes (removed after),
 * served under `base` if given.
 */
export function siteInBrowser(build?: () => string | Promise<string>, base?: string): SiteInBrowser {
  const site = {} as SiteInBrowser;
  before(async () => {
    site.dist = build ? await build() : 'dist';
    site.server = await serveSite(site.dist, base);
    site.browser = await launchChromium();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
    if (build && site.dist) rmSync(site.dist, { recursive: true, force: true });
  });
  return site;
}

/** `lecture-site build` of a course folder (or of the folder `course` makes) into a fresh folder, which must succeed: for `siteInBrowser`. */
export function buildOf(course: string | (() => Promise<string>), env: Record<string, string> = {}): () => Promise<string> {
  return async () => {
    const run = buildCourse(typeof course === 'string' ? course : await course(), [], undefined, env);
    assert.equal(run.status, 0, run.output);
    return run.outDir;
  };
}

/** The built site, Chromium, and one page watched for console errors and failed or off-site requests. */
export interface WatchedPage extends SiteInBrowser {
  page: Page;
  problems: PageProblems;
}

/** `siteInBrowser()` with one page of the given viewport, opened at `path` (if given) before the file's tests. */
export function watchedPage(viewport: { width: number; height: number }, path?: string): WatchedPage {
  const site = siteInBrowser() as WatchedPage;
  before(async () => {
    site.page = await site.browser.newPage({ viewport });
    site.problems = watchPage(site.page, site.server.url);
    if (path) await site.page.goto(site.server.url + path);
  });
  return site;
}
