import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';

// Inside the project, so that Astro's file watcher sees the edits.
const CONTENT = 'tests/.tmp/dev-content';
const LECTURE = join(CONTENT, 'lectures', '01-dev.md');
const lecture = (tex: string) => `---\ntitle: Dev\nnumber: 1\n---\n\n## A slide\n\nThe formula $${tex}$ here.\n`;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('npm run dev with a broken lecture', () => {
  let dev: ChildProcess;
  let terminal = '';
  let url = '';
  let browser: Browser;

  before(async () => {
    rmSync(CONTENT, { recursive: true, force: true });
    mkdirSync(join(CONTENT, 'lectures'), { recursive: true });
    cpSync('tests/fixtures/bad/course.yaml', join(CONTENT, 'course.yaml'));
    writeFileSync(LECTURE, lecture('\\fracc{1}{2}'));
    const port = await freePort();
    url = `http://127.0.0.1:${port}/notes/01-dev/`;
    dev = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
      env: { ...process.env, CONTENT_DIR: CONTENT, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    dev.stdout?.on('data', (chunk) => (terminal += chunk));
    dev.stderr?.on('data', (chunk) => (terminal += chunk));
    const started = Date.now();
    while (!terminal.includes('watching for file changes')) {
      if (Date.now() - started > 60_000) throw new Error(`astro dev did not start:\n${terminal}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    browser = await launchChromium();
  });

  after(async () => {
    dev?.kill();
    await browser?.close();
    rmSync(CONTENT, { recursive: true, force: true });
  });

  it('shows the error at file:line in Astro’s overlay and in the terminal', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    const overlay = page.locator('vite-error-overlay');
    await overlay.waitFor({ state: 'attached', timeout: 30_000 });
    const text = await overlay.evaluate((element) => element.shadowRoot?.querySelector('#message-content')?.textContent ?? element.shadowRoot?.textContent ?? '');
    assert.match(text, /01-dev\.md:8:\d+ error TeX error: Undefined control sequence: \\fracc/);
    assert.match(terminal, /01-dev\.md:8:\d+ error TeX error/);
    await page.close();
  });

  it('recovers once the lecture is fixed and saved', async () => {
    writeFileSync(LECTURE, lecture('\\frac{1}{2}'));
    const page = await browser.newPage();
    const deadline = Date.now() + 30_000;
    let status = 0;
    while (Date.now() < deadline) {
      status = (await page.goto(url))?.status() ?? 0;
      if (status === 200) break;
      await page.waitForTimeout(500);
    }
    assert.equal(status, 200);
    assert.ok(await page.locator('.katex').first().isVisible());
    await page.close();
  });

  it('loads the search code on focus, and says that the index comes with a build', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    await page.click('[data-search-input]');
    await page.keyboard.type('formula');
    await page.waitForFunction(() => /npm run build/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), undefined, { timeout: 30_000 });
    await page.close();
  });
});
