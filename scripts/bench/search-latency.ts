import { launchChromium } from '../../src/headless/chromium.ts';
import { serveSite } from '../../src/build/serve.ts';
import { median } from './builds.ts';

/**
 * Milliseconds from typing a query to the first result, in Chromium: each
 * query on a fresh page of the home page, the search box focused (which
 * starts loading the search code), timed from the first key to the first hit
 * shown, checked at every frame. Median and samples.
 */
export async function searchLatency(dist: string, queries: string[]): Promise<{ medianMs: number; samplesMs: number[] }> {
  const server = await serveSite(dist);
  const browser = await launchChromium();
  const samplesMs: number[] = [];
  try {
    for (const text of queries) {
      const page = await browser.newPage();
      await page.goto(`${server.url}/`);
      await page.focus('[data-search-input]');
      const started = Date.now();
      await page.keyboard.type(text);
      // Checked at every frame: waitForSelector polls less and less often (up to every 500 ms), and would add its own wait.
      await page.waitForFunction(() => document.querySelector('.search-hit'), undefined, { polling: 'raf', timeout: 10_000 });
      samplesMs.push(Date.now() - started);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { medianMs: median(samplesMs), samplesMs };
}
