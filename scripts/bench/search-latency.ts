import { launchChromium } from '../../src/headless/chromium.ts';
import { serveSite } from '../../src/build/serve.ts';

/** Median milliseconds from typing a query to the first result, in Chromium, over a few queries. */
export async function searchLatency(dist: string, queries: string[]): Promise<number> {
  const server = await serveSite(dist);
  const browser = await launchChromium();
  const times: number[] = [];
  try {
    for (const text of queries) {
      const page = await browser.newPage();
      await page.goto(`${server.url}/`);
      await page.focus('[data-search-input]');
      const started = Date.now();
      await page.keyboard.type(text);
      await page.waitForSelector('.search-hit', { timeout: 10_000 });
      times.push(Date.now() - started);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}
