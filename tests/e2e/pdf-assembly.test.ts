// The pure parts of the PDF pipeline (no browser): outline, slide pages, handout layout and slide placement.
// They would sit in tests/unit, which this branch was not to touch.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Element } from 'hast';
import { selectAll } from 'hast-util-select';
import { PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib';
import { frameHref, frameSlideIndex, handoutBody } from '../../src/pdf/handout-layout.ts';
import type { PrintLecture } from '../../src/pdf/lecture.ts';
import { addOutline } from '../../src/pdf/outline.ts';
import { placeSlides } from '../../src/pdf/place-slides.ts';
import { slidePageRanges, slidesOutline } from '../../src/pdf/slides.ts';
import { pageFormsOfSize, readOutline } from '../helpers/pdf-structure.ts';

const note = (text: string): Element => ({ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: text }] });
const LECTURE: PrintLecture = {
  title: 'Lecture 1: "Quotes" & ampersands',
  slides: [
    { id: 'title', title: 'Lecture 1: "Quotes" & ampersands', notes: [] },
    { id: 'steps', title: 'Fragments <em>', notes: [note('Say this first.')] },
    { id: 'end', title: 'The end', notes: [note('Thanks.')] },
  ],
};

/** A document of `count` pages of `size`, each with its number written on it. */
async function documentOf(count: number, size: [number, number]): Promise<PDFDocument> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  for (let index = 0; index < count; index++) document.addPage(size).drawText(`Slide page ${index + 1}`, { x: 20, y: 20, font });
  return document;
}

/** Add a link annotation to `href` over `rect` ([x1, y1, x2, y2]), as Chromium prints an <a>. */
function addLink(document: PDFDocument, pageIndex: number, href: string, rect: number[]): void {
  const { context } = document;
  const page = document.getPage(pageIndex);
  const link = context.register(context.obj({ Type: 'Annot', Subtype: 'Link', Rect: rect, A: { S: 'URI', URI: PDFString.of(href) } }));
  const annotations = page.node.Annots() ?? context.obj([]);
  annotations.push(link);
  page.node.set(PDFName.of('Annots'), annotations);
}

describe('PDF assembly', () => {
  it('writes a nested outline that reads back as written, titles as plain text', async () => {
    const document = await documentOf(3, [400, 225]);
    addOutline(document, slidesOutline(LECTURE, [{ first: 0, last: 0 }, { first: 1, last: 1 }, { first: 2, last: 2 }]));
    const outline = readOutline(await PDFDocument.load(await document.save()));
    assert.deepEqual(outline, [{
      title: LECTURE.title, pageIndex: 0, children: LECTURE.slides.map((slide, index) => ({ title: slide.title, pageIndex: index, children: [] })),
    }]);
  });

  it('finds each slide’s pages in the print view: the first for bookmarks, the last (final state) for the handout', () => {
    assert.deepEqual(slidePageRanges(LECTURE, ['title', 'steps', 'steps', 'steps', 'end']), [{ first: 0, last: 0 }, { first: 1, last: 3 }, { first: 4, last: 4 }]);
    assert.throws(() => slidePageRanges(LECTURE, ['title', 'end']), /slide "steps" of Lecture 1: "Quotes" & ampersands is missing from the deck's print view/);
  });

  it('lays out the handout: a frame per slide marked with its index, notes or ruled lines beside it', () => {
    const notes = handoutBody(LECTURE, { layout: 'notes', perPage: 2 }, 16 / 9);
    const frames = selectAll('a.handout-frame', notes);
    assert.deepEqual(frames.map((frame) => frameSlideIndex(String(frame.properties.href))), [0, 1, 2]);
    assert.equal(frames[1]!.properties.ariaLabel, 'Slide 2: Fragments <em>');
    assert.deepEqual(selectAll('.handout-notes', notes).map((block) => block.children), [[], [note('Say this first.')], [note('Thanks.')]]);
    assert.match(String(selectAll('main', notes)[0]!.properties.style), /--per-page: 2; --slide-aspect-ratio: 1\.77/);
    const lines = handoutBody(LECTURE, { layout: 'lines', perPage: 6 }, 16 / 9);
    assert.equal(selectAll('.handout-ruled', lines).length, 3);
    assert.deepEqual(selectAll('main', lines)[0]!.properties.className, ['handout', 'handout-layout-lines', 'handout-beside', 'handout-6-up']);
    assert.equal(frameSlideIndex('https://example.org/slide/1'), undefined);
    assert.equal(frameSlideIndex(frameHref(12)), 12);
  });

  it('draws each slide into its frame, takes the frame links off and keeps the other links', async () => {
    const slides = await documentOf(4, [1600, 900]);
    const handout = await documentOf(2, [595, 842]);
    addLink(handout, 0, frameHref(0), [40, 500, 560, 792]);
    addLink(handout, 0, 'https://example.org/', [40, 100, 200, 120]);
    addLink(handout, 1, frameHref(1), [40, 500, 560, 792]);
    await placeSlides(handout, slides, [0, 3]); // slide 2 in its final state, page 4
    const saved = await PDFDocument.load(await handout.save());
    assert.deepEqual([0, 1].map((index) => pageFormsOfSize(saved, index, { width: 1600, height: 900 })), [1, 1]);
    assert.deepEqual([0, 1].map((index) => saved.getPage(index).node.Annots()?.size() ?? 0), [1, 0], 'the example.org link stays');
  });

  it('refuses a handout that lost a slide or drew one twice', async () => {
    const slides = await documentOf(2, [1600, 900]);
    const handout = await documentOf(1, [595, 842]);
    addLink(handout, 0, frameHref(0), [40, 500, 560, 792]);
    addLink(handout, 0, frameHref(0), [40, 100, 560, 392]);
    await assert.rejects(placeSlides(handout, slides, [0, 1]), /handout: slide 1 placed 2 times, slide 2 placed 0 times/);
  });
});
