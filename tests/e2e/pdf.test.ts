import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { PDFDocument } from 'pdf-lib';
import { runCli } from '../helpers/cli.ts';
import { DIST, page } from '../helpers/dist.ts';
import { pageFontNames, readOutline } from '../helpers/pdf-structure.ts';
import { pdfText, words } from '../helpers/pdf-text.ts';
import { wordsPastRightMargin } from '../helpers/pdf-margins.ts';

const PDF = join(DIST, 'pdf');
const DECK = page('/slides/01-introduction/');
const file = (name: string) => join(PDF, name);
const load = async (name: string) => PDFDocument.load(readFileSync(file(name)));

describe('PDFs written by npm run pdf (Lecture 1)', () => {
  const titles = DECK.all('.reveal .slides > section').map((section) => String(section.properties.ariaLabel));

  it('slides PDF: one page per slide, page N showing slide N’s title, with metadata', async () => {
    const pdf = await load('01-introduction-slides.pdf');
    assert.equal(pdf.getPageCount(), titles.length);
    const { width, height } = pdf.getPage(0).getSize();
    assert.ok(Math.abs(width / height - 16 / 9) < 0.02, `16:9 pages (${width}×${height})`);
    for (const number of [2, 6, 20]) {
      assert.ok(words(pdfText(file('01-introduction-slides.pdf'), number)).includes(titles[number - 1]!), `page ${number} has "${titles[number - 1]}"`);
    }
    assert.equal(pdf.getTitle(), 'Machine Learning for Materials: Lecture 1: Introduction (slides)');
  });

  it('slides PDF: one bookmark per slide, in order and as plain text, under the lecture’s bookmark', async () => {
    const outline = readOutline(await load('01-introduction-slides.pdf'));
    assert.deepEqual(outline.map((entry) => [entry.title, entry.pageIndex]), [['Lecture 1: Introduction', 0]]);
    assert.deepEqual(outline[0]!.children.map((entry) => entry.title), titles);
    assert.deepEqual(outline[0]!.children.map((entry) => entry.pageIndex), titles.map((_, index) => index));
    assert.ok(titles.includes('ML in Materials R&D'), 'an entity in a title is decoded');
  });

  it('slides PDF leaves the speaker notes out; the handout has all of them', () => {
    const slides = words(pdfText(file('01-introduction-slides.pdf')));
    const handout = words(pdfText(file('01-introduction-handout.pdf')));
    for (const sentence of ['binomial coefficient', 'fourth way of working', 'supervised learning (regression and classification)', 'human-like slip']) {
      assert.ok(handout.includes(sentence), `handout has the notes "${sentence}"`);
      assert.ok(!slides.includes(sentence));
    }
  });

  it('handout: slides drawn as vector, so their text is selectable and the file small', () => {
    const first = words(pdfText(file('01-introduction-handout.pdf'), 1));
    assert.ok(first.includes(titles[1]!), `page 1 has the text of slide 2, "${titles[1]}"`);
    const handout = words(pdfText(file('01-introduction-handout.pdf')));
    for (const heading of DECK.text('.reveal .slides > section > :is(h1, h2)')) assert.ok(handout.includes(heading), `the handout has the slide text "${heading}"`);
    const size = statSync(file('01-introduction-handout.pdf')).size;
    assert.ok(size < 1_000_000, `under 1 MB (${size} bytes)`);
    const images = execFileSync('pdfimages', ['-list', file('01-introduction-handout.pdf')], { encoding: 'utf8' }).trim().split('\n').slice(2);
    assert.deepEqual(images, [], 'no raster images: Lecture 1’s pictures are drawings, and the slides are not screenshots');
  });

  it('handout: the notes are set in the course font with KaTeX maths, never a fallback', async () => {
    const handout = await load('01-introduction-handout.pdf');
    // Fonts of the page itself: the notes and running header; each slide brings its own, inside its form.
    const fonts = handout.getPages().map((_, index) => pageFontNames(handout, index).join(' '));
    const withMaths = fonts.findIndex((_, index) => words(pdfText(file('01-introduction-handout.pdf'), index + 1)).includes('binomial coefficient'));
    assert.match(fonts[withMaths]!, /SourceSans3/, 'the notes are in Source Sans 3');
    assert.match(fonts[withMaths]!, /KaTeX_Main.*KaTeX_Math|KaTeX_Math.*KaTeX_Main/, 'their maths in the KaTeX fonts');
    assert.ok(fonts.every((names) => !/Liberation|MathTeXGyre/.test(names)), `no system serif, no MathML maths: ${fonts.join(' | ')}`);
  });

  it('notes PDF: contents list, page numbers, the Top500 table, and its title', async () => {
    const text = pdfText(file('01-introduction-notes.pdf'));
    assert.match(pdfText(file('01-introduction-notes.pdf'), 1), /On this page/i);
    assert.match(text, /Page 1 of \d+/);
    assert.match(text, /El Capitan/);
    assert.match(text, /References/);
    assert.equal((await load('01-introduction-notes.pdf')).getTitle(), 'Machine Learning for Materials: Lecture 1: Introduction (notes)');
  });

  it('notes PDFs and the course book: no text past the right margin on any page', () => {
    const files = readdirSync(PDF).filter((name) => name.endsWith('-notes.pdf'));
    assert.ok(files.includes('course-notes.pdf'));
    for (const name of files) assert.deepEqual(wordsPastRightMargin(file(name)), [], name);
  });

  it('course book: a title page listing the lectures, then their notes', async () => {
    const book = await load('course-notes.pdf');
    const notesFiles = readdirSync(PDF).filter((name) => name.endsWith('-notes.pdf') && name !== 'course-notes.pdf');
    const notesPages = (await Promise.all(notesFiles.map(load))).reduce((sum, pdf) => sum + pdf.getPageCount(), 0);
    assert.equal(book.getPageCount(), notesPages + 1);
    assert.match(pdfText(file('course-notes.pdf'), 1), /Contents[\s\S]*Lecture 1: Introduction\s+2/);
    assert.deepEqual(readOutline(book).slice(0, 1).map((entry) => [entry.title, entry.pageIndex]), [['Lecture 1: Introduction', 1]]);
    assert.match(pageFontNames(book, 0).join(' '), /SourceSans3/, 'the title page is set in the course font');
  });

  it('embeds the KaTeX fonts, so the maths prints', () => {
    const fonts = execFileSync('pdffonts', [file('01-introduction-slides.pdf')], { encoding: 'utf8' });
    assert.match(fonts, /KaTeX_Main/);
    assert.match(fonts, /yes\s+yes\s+(yes|no)/, 'fonts are embedded');
  });

  it('fails with a clear message, no stack trace, when there is no Chromium', () => {
    const result = runCli(['pdf', '--dist', DIST], { CHROME_PATH: '/nonexistent/chromium' });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /pdf failed: CHROME_PATH points to \/nonexistent\/chromium.*apt-get install -y chromium/s);
    assert.doesNotMatch(result.stderr, /^\s+at /m);
  });

  it('refuses a --nup other than 2, 3 or 6, saying what it takes', () => {
    const result = runCli(['pdf', '--dist', DIST, '--nup', '4']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /^lecture-site: --nup takes 2, 3, 6 \(slides a page\), not "4"$/m);
  });
});
