import assert from 'node:assert/strict';
import { appendFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { buildCourse, copyCourse } from '../helpers/build-run.ts';
import { runCli } from '../helpers/cli.ts';
import { pagePicture } from '../helpers/pdf-pixels.ts';
import { pdfText, words } from '../helpers/pdf-text.ts';
import { siteInBrowser } from '../helpers/site-browser.ts';

const MARKER = 'Quokka';

/** Rows of a PDF's first page drawn grey across the page's right third, where a handout's ruled lines run beside the slides. */
function ruledRows(pdf: string): number {
  const { width, height, rgb } = pagePicture(pdf, 1, 100);
  const [from, to] = [Math.floor(width * 0.6), Math.floor(width * 0.9)];
  let rows = 0;
  for (let y = 0; y < height; y++) {
    let grey = 0;
    for (let x = from; x < to; x++) {
      const [r, g, b] = rgb.subarray((y * width + x) * 3, (y * width + x) * 3 + 3);
      if (r === g && g === b && r! > 120 && r! < 235) grey += 1;
    }
    if (grey > (to - from) * 0.9) rows += 1;
  }
  return rows;
}

describe('a site built with --private-notes, presented and printed', () => {
  const course = copyCourse('tests/fixtures/good');
  appendFileSync(join(course, 'lectures', '02-second.md'), `\n:::notes\n${MARKER} speaker notes, private.\n:::\n`);
  const site = siteInBrowser(() => {
    const run = buildCourse(course, ['--private-notes']);
    assert.equal(run.status, 0, run.output);
    return run.outDir;
  });
  after(() => rmSync(course, { recursive: true, force: true }));

  it('the speaker view says the notes are private', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${site.server.url}/slides/01-everything/#/text-lists-and-a-table`);
    await page.waitForSelector('html[data-deck-ready="true"]');
    const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    await speaker.waitForSelector('.speaker-controls-notes:not(.hidden)', { timeout: 10_000 });
    assert.match(await speaker.locator('.speaker-controls-notes .value').innerText(), /^The speaker notes are private: this site was built without them/);
    await speaker.close();
    await page.close();
  });

  it('prints a handout with ruled lines instead of notes; asking for notes says why not', () => {
    const run = runCli(['pdf', '--content', course, '--dist', site.dist]);
    assert.equal(run.status, 0, run.output);
    for (const lecture of ['01-everything', '02-second']) {
      const handout = join(site.dist, 'pdf', `${lecture}-handout.pdf`);
      const text = words(pdfText(handout));
      assert.ok(!text.includes(MARKER) && !text.includes('Speaker notes with math'), `${lecture}: no speaker notes`);
      // A handout with notes has a few such rows (its slides' frames); one with lines, a row per line (about 36 at 100 dpi).
      assert.ok(ruledRows(handout) > 20, `${lecture}: ruled lines beside the slides (${ruledRows(handout)} grey rows)`);
    }
    const notes = runCli(['pdf', '--content', course, '--dist', site.dist, '--handout', 'notes']);
    assert.equal(notes.status, 2, notes.output);
    assert.match(notes.stderr, /--handout notes: the site was built with --private-notes, so it has no speaker notes to print/);
  });
});
