import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PDFDocument } from 'pdf-lib';
import { copyCourse } from '../helpers/build-run.ts';
import { runCli } from '../helpers/cli.ts';
import { countPixels, pagePicture, pictureDifference } from '../helpers/pdf-pixels.ts';
import { pdfText, words } from '../helpers/pdf-text.ts';
import { drawWithMouse, wave } from '../helpers/pointer.ts';
import { buildOf, siteInBrowser } from '../helpers/site-browser.ts';

/** A lecture with slides to draw on and a fragment shown only at its own step, added to the quiz fixture. */
const LECTURE = `---
title: Steps and drawings
number: 2
---

## A slide to draw on

Plain text at the top of the slide.

## Steps

Always there.

::: {.fragment .current-visible}
Shown only at its own step.
:::

::: {.fragment}
The last step.
:::

## The board slide

Its board is drawn on.
`;
const DECK = '/slides/02-steps/';
const SLIDES_PDF = '02-steps-slides.pdf';
/** The print view's page: the 1920×1080 slide centred on a page 4 % larger (reveal.js's margin), in CSS pixels. */
const PAGE = { width: Math.floor(1920 * 1.04), left: (Math.floor(1920 * 1.04) - 1920) / 2, top: (Math.floor(1080 * 1.04) - 1080) / 2 };

describe('drawings downloaded from a deck, printed by lecture-site pdf --annotations', () => {
  const course = copyCourse('tests/fixtures/quiz');
  writeFileSync(join(course, 'lectures', '02-steps.md'), LECTURE);
  const site = siteInBrowser(buildOf(course));
  const scratch = mkdtempSync(join(tmpdir(), 'annotated-'));
  const drawings = join(scratch, 'drawings.json');
  const clean = join(scratch, 'clean.pdf');
  const pdf = (...args: string[]) => runCli(['pdf', '--content', course, '--dist', site.dist, ...args]);

  before(async () => {
    const run = pdf();
    assert.equal(run.status, 0, run.output);
    copyFileSync(join(site.dist, 'pdf', SLIDES_PDF), clean);
  });
  after(() => {
    rmSync(course, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  });

  it('downloads the strokes of a slide and of a board as a versioned file naming its deck', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
    const page = await context.newPage();
    const open = async (slide: string) => {
      await page.goto('about:blank');
      await page.goto(`${site.server.url}${DECK}#/${slide}`);
      await page.waitForSelector('html[data-deck-ready="true"]');
    };
    await open('a-slide-to-draw-on');
    await page.keyboard.press('c');
    await drawWithMouse(page, wave(400, 400));
    await open('the-board-slide');
    await page.keyboard.press('b');
    await page.keyboard.press('x'); // the blue pen
    await drawWithMouse(page, wave(400, 300));
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('d')]);
    assert.equal(download.suggestedFilename(), '02-steps-drawings.json');
    await download.saveAs(drawings);
    await context.close();
    const file = JSON.parse(readFileSync(drawings, 'utf8'));
    assert.deepEqual([file.format, file.version, file.deck], ['lecture-slide-annotations', 1, DECK]);
    assert.deepEqual(Object.keys(file.slides).sort(), ['a-slide-to-draw-on', 'the-board-slide']);
  });

  it('prints the slide’s stroke where it was drawn, the board as a page after its slide, and changes no other page', async () => {
    const run = pdf('--annotations', drawings);
    assert.equal(run.status, 0, run.output);
    assert.match(run.output, /the drawings of .*drawings\.json go on 2 slides of 02-steps/);
    const annotated = join(site.dist, 'pdf', SLIDES_PDF);
    const cleanPages = (await PDFDocument.load(readFileSync(clean))).getPageCount();
    assert.equal((await PDFDocument.load(readFileSync(annotated))).getPageCount(), cleanPages + 1, 'one more page: the board');

    // Pages: 1 title, 2 the slide drawn on, 3 steps, 4 the board slide, then (annotated only) its board.
    const stroke = JSON.parse(readFileSync(drawings, 'utf8')).slides['a-slide-to-draw-on'].slide[0];
    const before = pagePicture(clean, 2);
    const { count, box } = pictureDifference(before, pagePicture(annotated, 2));
    assert.ok(count > 50, `the slide’s page changed (${count} pixels)`);
    const scale = before.width / PAGE.width;
    const reach = stroke.size + 4;
    const xs = stroke.points.map(([x]: number[]) => x);
    const ys = stroke.points.map(([, y]: number[]) => y);
    const expected = {
      left: (Math.min(...xs) - reach + PAGE.left) * scale, right: (Math.max(...xs) + reach + PAGE.left) * scale,
      top: (Math.min(...ys) - reach + PAGE.top) * scale, bottom: (Math.max(...ys) + reach + PAGE.top) * scale,
    };
    assert.ok(box!.left >= expected.left && box!.right <= expected.right && box!.top >= expected.top && box!.bottom <= expected.bottom,
      `the change ${JSON.stringify(box)} lies where the stroke is ${JSON.stringify(expected)}`);
    for (const [cleanPage, annotatedPage] of [[1, 1], [3, 3], [4, 4]] as const) {
      assert.equal(pictureDifference(pagePicture(clean, cleanPage), pagePicture(annotated, annotatedPage)).count, 0, `page ${annotatedPage} is as printed without drawings`);
    }
    assert.ok(countPixels(annotated, 5, (r, g, b) => b > 170 && r < 90) > 50, 'the blue board stroke on the page after its slide');
  });

  it('refuses a file that is not a drawings file, or is for a deck the site does not have, in one line naming it', () => {
    const foreign = join(scratch, 'foreign.json');
    writeFileSync(foreign, JSON.stringify({ name: 'package.json, say' }));
    const other = join(scratch, 'other-deck.json');
    writeFileSync(other, readFileSync(drawings, 'utf8').replace(DECK, '/slides/09-missing/'));
    for (const [file, message] of [[foreign, /foreign\.json is not a drawings file downloaded from a deck: format: /], [other, /other-deck\.json holds the drawings of the deck \/slides\/09-missing\/, which the built site does not have \(its decks: 01-self-check, 02-steps\)/]] as const) {
      const run = pdf('--annotations', file);
      assert.equal(run.status, 1, run.output);
      assert.match(run.stderr, message);
      assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
      assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
    }
  });

  it('--all-fragments shows on the slide what only its own step showed; with --fragments it is a usage error', () => {
    const stepsPage = (file: string) => words(pdfText(file, 3));
    assert.ok(!stepsPage(clean).includes('Shown only at its own step'), 'the last step has it gone');
    assert.ok(stepsPage(clean).includes('The last step'));
    const run = pdf('--all-fragments');
    assert.equal(run.status, 0, run.output);
    assert.ok(stepsPage(join(site.dist, 'pdf', SLIDES_PDF)).includes('Shown only at its own step'));
    const both = pdf('--all-fragments', '--fragments');
    assert.equal(both.status, 2, both.output);
    assert.match(both.stderr, /give one of them/);
  });
});
