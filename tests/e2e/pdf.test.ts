import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { PDFDocument, PDFName } from 'pdf-lib';
import { renderHandoutPdf } from '../../src/pdf/handout.ts';
import { DIST, page } from '../helpers/dist.ts';
import { siteInBrowser } from '../helpers/site-browser.ts';

const PDF = join(DIST, 'pdf');
const DECK = page('/slides/01-introduction/');

/** Text of one page (1-based) or of the whole file, by poppler's pdftotext. */
function pdfText(file: string, pageNumber?: number): string {
  const range = pageNumber ? ['-f', String(pageNumber), '-l', String(pageNumber)] : [];
  return execFileSync('pdftotext', ['-layout', ...range, join(PDF, file), '-'], { encoding: 'utf8' });
}

const load = async (file: string) => PDFDocument.load(readFileSync(join(PDF, file)));
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('PDFs written by npm run pdf (Lecture 1)', () => {
  const site = siteInBrowser();
  const sections = DECK.all('.reveal .slides > section');

  it('slides PDF: one page per slide, page N showing slide N’s title, with metadata and bookmarks', async () => {
    const pdf = await load('01-introduction-slides.pdf');
    assert.equal(pdf.getPageCount(), sections.length);
    const { width, height } = pdf.getPage(0).getSize();
    assert.ok(Math.abs(width / height - 16 / 9) < 0.02, `16:9 pages (${width}×${height})`);
    for (const number of [2, 6, 20]) {
      const title = String(sections[number - 1]!.properties.ariaLabel);
      assert.ok(words(pdfText('01-introduction-slides.pdf', number)).includes(title), `page ${number} has "${title}"`);
    }
    assert.match(pdf.getTitle() ?? '', /Introduction \(slides\)/);
    assert.ok(pdf.catalog.get(PDFName.of('Outlines')), 'has bookmarks');
  });

  it('slides PDF leaves the speaker notes out; the handout has all of them', () => {
    const slides = words(pdfText('01-introduction-slides.pdf'));
    const handout = words(pdfText('01-introduction-handout.pdf'));
    const phrase = 'binomial coefficient';
    assert.ok(!slides.includes(phrase));
    assert.ok(handout.includes(phrase));
    for (const sentence of ['fourth way of working', 'supervised learning (regression and classification)', 'human-like slip']) {
      assert.ok(handout.includes(sentence), `handout has the notes "${sentence}"`);
      assert.ok(!slides.includes(sentence));
    }
  });

  it('notes PDF: contents list, page numbers, the Top500 table, and its title', async () => {
    const text = pdfText('01-introduction-notes.pdf');
    assert.match(pdfText('01-introduction-notes.pdf', 1), /On this page/i);
    assert.match(text, /Page 1 of \d+/);
    assert.match(text, /El Capitan/);
    assert.match(text, /References/);
    assert.match((await load('01-introduction-notes.pdf')).getTitle() ?? '', /Introduction \(notes\)/);
  });

  it('course book: a title page listing the lectures, then their notes', async () => {
    const book = await load('course-notes.pdf');
    const notesFiles = readdirSync(PDF).filter((name) => name.endsWith('-notes.pdf') && name !== 'course-notes.pdf');
    const notesPages = (await Promise.all(notesFiles.map(load))).reduce((sum, pdf) => sum + pdf.getPageCount(), 0);
    assert.equal(book.getPageCount(), notesPages + 1);
    assert.match(pdfText('course-notes.pdf', 1), /Contents[\s\S]*Lecture 1: Introduction\s+2/);
    assert.ok(book.catalog.get(PDFName.of('Outlines')));
  });

  it('embeds the KaTeX fonts, so the maths prints', () => {
    const fonts = execFileSync('pdffonts', [join(PDF, '01-introduction-slides.pdf')], { encoding: 'utf8' });
    assert.match(fonts, /KaTeX_Main/);
    assert.match(fonts, /yes\s+yes\s+(yes|no)/, 'fonts are embedded');
  });

  it('fails with a clear message, no stack trace, when there is no Chromium', () => {
    const result = spawnSync(process.execPath, ['scripts/pdf.ts', '--dist', DIST], {
      encoding: 'utf8', env: { ...process.env, CHROME_PATH: '/nonexistent/chromium' },
    });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /pdf failed: CHROME_PATH points to \/nonexistent\/chromium.*apt-get install -y chromium/s);
    assert.doesNotMatch(result.stderr, /^\s+at /m);
  });

  it('handout with ruled lines: three slides a page', async () => {
    const bytes = await renderHandoutPdf(site.browser, `${site.server.url}/slides/01-introduction/`, 'Lecture 1 (handout)', 'lines');
    const pdf = await PDFDocument.load(bytes);
    assert.equal(pdf.getPageCount(), Math.ceil(sections.length / 3));
    const { width, height } = pdf.getPage(0).getSize();
    assert.ok(height > width, 'A4 portrait');
  });
});
