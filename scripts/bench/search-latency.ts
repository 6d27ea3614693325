import type { Browser } from 'playwright-core';
import { launchChromium } from '../../src/headless/chromium.ts';
import { serveSite } from '../../src/build/serve.ts';
import { median } from './builds.ts';

/** Milliseconds to the first result: median and every sample. */
export interface SearchTiming {
  medianMs: number;
  samplesMs: number[];
}

/** How long a reader takes from clicking into the box to typing: the search code and Pagefind load meanwhile. */
const READER_PAUSE_MS = 1000;

/**
 * One query on a fresh home page: the search box focused (which starts
 * loading the search code and Pagefind), then, at once or after a reader's
 * pause, the query typed; timed from the first key to the first hit shown,
 * checked at every frame.
 */
async function firstResultMs(browser: Browser, url: string, text: string, pauseMs: number): Promise<number> {
  const page = await browser.newPage();
  try {
    await page.goto(url);
    await page.focus('[data-search-input]');
    if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
    const started = Date.now();
    await page.keyboard.type(text);
    // Checked at every frame: waitForSelector polls less and less often (up to every 500 ms), and would add its own wait.
    await page.waitForFunction(() => document.querySelector('.search-hit'), undefined, { polling: 'raf', timeout: 10_000 });
    return Date.now() - started;
  } finally {
    await page.close();
  }
}

/**
 * Search latency in Chromium over a few queries: `first`, typed the moment
 * the box is focused (the search code, Pagefind and its index load on the
 * critical path), and `typing`, typed after a reader's pause (they have
 * loaded; what is left is the search itself, its fragments and the render).
 */
export async function searchLatency(dist: string, queries: string[]): Promise<{ first: SearchTiming; typing: SearchTiming }> {
  const server = await serveSite(dist);
  const browser = await launchChromium();
  const first: number[] = [];
  const typing: number[] = [];
  try {
    for (const text of queries) {
      first.push(await firstResultMs(browser, `${server.url}/`, text, 0));
      typing.push(await firstResultMs(browser, `${server.url}/`, text, READER_PAUSE_MS));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { first: { medianMs: median(first), samplesMs: first }, typing: { medianMs: median(typing), samplesMs: typing } };
}
