import { launchChromium } from '../../src/headless/chromium.ts';
import { serveSite } from '../../src/build/serve.ts';
import { median } from './builds.ts';

/**
 * Milliseconds from typing a query to the first result, in Chromium: each
 * query on a fresh page of the home page, timed from the focus of the search
 * box (which loads the search code) to the first hit shown. Median and samples.
 */
export async function searchLatency(dist: string, queries: string[]): Promise<{ medianMs: number; samplesMs: number[] }> {
  const server = await serveSite(dist);
  const browser = await launchChromium();
  const samplesMs: number[] = [];
  try {
    for (const text of queries) {
      const page = await browser.newPage();
      await page.goto(`${server.url}/`);
      const started = Date.now();
      await page.focus('[data-search-input]');
      await page.keyboard.type(text);
      await page.waitForSelector('.search-hit', { timeout: 10_000 });
      samplesMs.push(Date.now() - started);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { medianMs: median(samplesMs), samplesMs };
}
