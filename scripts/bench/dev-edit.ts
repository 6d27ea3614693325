/**
 * Edit → visible in `astro dev`: save a lecture with a new word in it and time
 * until a browser showing its notes page shows that word (the dev server
 * recompiles the lecture and refreshes the page), checked at every frame.
 * Median over several edits.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../../src/headless/chromium.ts';
import { startDevServer } from '../../tests/helpers/dev-server.ts';
import { median } from './builds.ts';


/** Milliseconds from saving to seeing, for `edits` edits of the first lecture of a course folder (inside the project). */
export async function measureDevEdit(contentDir: string, lectureFile: string, edits = 9): Promise<{ medianMs: number; samplesMs: number[] }> {
  const dev = await startDevServer(contentDir);
  const browser = await launchChromium();
  const path = join(contentDir, 'lectures', lectureFile);
  const original = readFileSync(path, 'utf8');
  try {
    const page = await browser.newPage();
    await page.goto(`${dev.url}/notes/${lectureFile.replace(/\.md$/, '')}/`);
    await page.locator('article').waitFor();
    const samplesMs: number[] = [];
    for (let edit = 1; edit <= edits; edit++) {
      const word = `edited${edit}x${Date.now()}`;
      await new Promise((resolve) => setTimeout(resolve, 700)); // Let the last reload settle.
      const saved = performance.now();
      writeFileSync(path, original.replace(/^(## .*\n\n)/m, `$1${word} `));
      // Checked at every frame: a locator's waitFor polls less and less often (up to every 500 ms), which a slow change then waits for.
      await page.waitForFunction((text) => document.body.textContent?.includes(text), word, { polling: 'raf', timeout: 30_000 });
      samplesMs.push(Math.round(performance.now() - saved));
    }
    return { medianMs: median(samplesMs), samplesMs };
  } finally {
    writeFileSync(path, original);
    await browser.close();
    dev.stop();
  }
}
