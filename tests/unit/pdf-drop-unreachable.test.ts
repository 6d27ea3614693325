import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PDFDocument, PDFStream, rgb } from 'pdf-lib';
import { dropUnreachable } from '../../src/pdf/drop-unreachable.ts';

/** Bytes of every stream in a document. */
const streamBytes = (document: PDFDocument) => document.context.enumerateIndirectObjects()
  .reduce((sum, [, object]) => sum + (object instanceof PDFStream ? object.getContentsSize() : 0), 0);

describe('dropUnreachable', () => {
  it('leaves a handout one copy of each slide drawn into it, and the drawing intact', async () => {
    const drawn = await PDFDocument.create();
    const slide = drawn.addPage([1920, 1080]);
    for (let index = 0; index < 400; index++) slide.drawRectangle({ x: index * 4, y: (index * 7) % 1000, width: 3, height: 50, color: rgb(0.04, 0.24, 0.57) });
    // As the slides PDF comes to the handout: a file Chromium wrote, read back.
    const slides = await PDFDocument.load(await drawn.save());
    const handout = await PDFDocument.create();
    const page = handout.addPage([595, 842]);
    const [embedded] = await handout.embedPages([slides.getPage(0)]);
    page.drawPage(embedded!, { x: 20, y: 400, width: 555, height: 312 });
    await handout.flush();
    const before = streamBytes(handout);
    dropUnreachable(handout);
    const after = streamBytes(handout);
    assert.ok(after < before * 0.6, `the copied page's content went: ${before} → ${after} bytes`);
    const reloaded = await PDFDocument.load(await handout.save());
    assert.equal(reloaded.getPageCount(), 1);
    assert.ok(streamBytes(reloaded) >= after * 0.9, 'the form with the drawing stays');
  });
});
