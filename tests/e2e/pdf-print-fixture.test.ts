import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { PDFDocument } from 'pdf-lib';
import { openA4Page } from '../../src/pdf/a4-page.ts';
import { fitWideMaths } from '../../src/pdf/fit-maths.ts';
import { wordsPastRightMargin } from '../helpers/pdf-margins.ts';
import { pageFormsOfSize, readOutline } from '../helpers/pdf-structure.ts';
import { colourShare, pdfText, pdfWordBoxes, words } from '../helpers/pdf-text.ts';
import { siteInBrowser } from '../helpers/site-browser.ts';
import { buildPrintFixture, runOnPrintFixture } from '../helpers/print-fixture.ts';

const TITLE = 'Lecture 1: Fitting "by hand" & by machine';
const LONG_CODE_LINE = 'predictions = model.fit(training_features, training_targets, sample_weight=weights, epochs=500, learning_rate=0.001, callbacks=[early_stopping, checkpoint], verbose=False).predict(test_features)  # the end of a very long line';
const ACCENT: [number, number, number] = [0x0b, 0x3d, 0x91]; // the course logo's blue
const SLIDES = 6;

describe('print fidelity, on a course made to break it (tests/fixtures/print)', () => {
  const site = siteInBrowser(() => {
    const dist = buildPrintFixture();
    runOnPrintFixture('pdf', ['--dist', dist]);
    return dist;
  });
  const file = (name: string) => join(site.dist, 'pdf', name);
  const load = async (name: string) => PDFDocument.load(readFileSync(file(name)));
  /** Slides drawn on each page of the handout. */
  const slidesPerHandoutPage = async () => {
    const [handout, slides] = await Promise.all([load('01-fitting-handout.pdf'), load('01-fitting-slides.pdf')]);
    return handout.getPages().map((_, index) => pageFormsOfSize(handout, index, slides.getPage(0).getSize()));
  };

  it('slides PDF: the title and bookmarks are plain text, with " and & as written', async () => {
    const slides = await load('01-fitting-slides.pdf');
    assert.equal(slides.getTitle(), `Print Fixture Course: ${TITLE} (slides)`);
    assert.match(execFileSync('pdfinfo', [file('01-fitting-slides.pdf')], { encoding: 'utf8' }), /^Title: +Print Fixture Course: Lecture 1: Fitting "by hand" & by machine \(slides\)$/m);
    const [lecture] = readOutline(slides);
    assert.equal(lecture!.title, TITLE);
    assert.deepEqual(lecture!.children.map((entry) => entry.title),
      [TITLE, 'A stretched figure', 'A figure in a column', 'A very long equation', 'A very long code line', 'Closing slide']);
  });

  it('slides PDF: every image prints, the stretched one and one drawn taller than the slide alike', () => {
    assert.ok(colourShare(file('01-fitting-slides.pdf'), 2, ACCENT) > 0.05, 'the stretched figure (slide 2)');
    // Pictures fit their slide (src/styles/deck-figures.css): the tall drawing is scaled into the slide's height, whole.
    assert.ok(colourShare(file('01-fitting-slides.pdf'), 3, ACCENT) > 0.1, 'the figure in a column, fitted to the slide as on screen (slide 3)');
    assert.ok(colourShare(file('01-fitting-handout.pdf'), 1, ACCENT) > 0.02, 'and on the handout');
  });

  it('notes, laid out for print before printing: nothing wider than the text column, nothing scrolling', async () => {
    const page = await openA4Page(site.browser, `${site.server.url}/notes/01-fitting/`);
    await fitWideMaths(page);
    const overflowing = await page.evaluate(() => {
      const column = document.querySelector('.lecture-body')!.getBoundingClientRect();
      return [...document.querySelectorAll<HTMLElement>('.lecture-body *')]
        .filter((element) => !element.closest('.katex-mathml, .visually-hidden')) // hidden for screen readers, not printed
        .filter((element) => element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX !== 'visible'
          || element.getBoundingClientRect().right > column.right + 1)
        .map((element) => `${element.tagName}.${element.className}`);
    });
    await page.context().close();
    assert.deepEqual(overflowing, []);
  });

  it('notes PDF and course book: no text past the right margin, none cut off', () => {
    for (const name of ['01-fitting-notes.pdf', 'course-notes.pdf']) {
      assert.deepEqual(wordsPastRightMargin(file(name)), [], name);
      const text = pdfText(file(name)).replace(/\s+/g, '');
      assert.ok(text.includes(LONG_CODE_LINE.replace(/\s+/g, '')), `${name}: the long code line, whole`);
      assert.match(text, /w29x329\+w30x130/, `${name}: the long equation’s last terms`);
      assert.match(text, /a13b13\+a14b14/, `${name}: the unbreakable fraction’s last terms, scaled down`);
    }
  });

  it('notes PDF: a wrapped code line continues indented, under its first line', () => {
    const page = pdfWordBoxes(file('01-fitting-notes.pdf')).find((candidate) => candidate.words.some((word) => word.text === 'predictions'))!;
    const start = page.words.find((word) => word.text === 'predictions')!;
    const continuation = page.words.find((word) => word.text.startsWith('sample_weight'))!;
    assert.ok(continuation.yMin > start.yMin + 5, 'the line wraps before sample_weight');
    assert.ok(continuation.xMin > start.xMin + 5 && continuation.xMin < start.xMin + 30, `continuation at ${continuation.xMin} pt, the line at ${start.xMin} pt`);
  });

  it('handout (default): two slides a page at most, each slide once, long notes flowing on to the next page', async () => {
    const perPage = await slidesPerHandoutPage();
    assert.equal(perPage.reduce((sum, count) => sum + count, 0), SLIDES);
    assert.ok(perPage.every((count) => count <= 2), `slides per page: ${perPage}`);
    const pageOf = (phrase: string) => Array.from({ length: perPage.length }, (_, index) => index + 1)
      .find((number) => words(pdfText(file('01-fitting-handout.pdf'), number)).includes(phrase));
    const first = pageOf('Paragraph 1 of the long notes');
    const last = pageOf('Paragraph 14 of the long notes');
    assert.ok(first && last && last > first, `the long notes start on page ${first} and end on page ${last}`);
    assert.ok(words(pdfText(file('01-fitting-handout.pdf'))).includes('A very long code line'), 'slide text is selectable');
  });

  for (const [args, pages] of [[['--handout=lines', '--nup', '2'], 3], [['--handout=lines'], 2], [['--handout=lines', '--nup', '6'], 1]] as const) {
    it(`handout ${args.join(' ')}: ${SLIDES} slides on ${pages} pages of ruled lines`, async () => {
      runOnPrintFixture('pdf', ['--dist', site.dist, ...args]);
      assert.deepEqual(await slidesPerHandoutPage(), Array(pages).fill(SLIDES / pages));
    });
  }

  it('handout --nup 6: notes beside the slides, up to six a page', async () => {
    runOnPrintFixture('pdf', ['--dist', site.dist, '--nup', '6']);
    const perPage = await slidesPerHandoutPage();
    assert.equal(perPage.reduce((sum, count) => sum + count, 0), SLIDES);
    assert.ok(perPage[0]! > 2 && perPage.every((count) => count <= 6), `slides per page: ${perPage}`);
    assert.ok(words(pdfText(file('01-fitting-handout.pdf'))).includes('Paragraph 14 of the long notes'), 'the long notes, whole');
  });
});
