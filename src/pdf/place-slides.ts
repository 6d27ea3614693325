import { grayscale, PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFString, type PDFDocument, type PDFPage } from 'pdf-lib';
import { dropUnreachable } from './drop-unreachable.ts';
import { frameSlideIndex } from './handout-layout.ts';

/** A frame Chromium left for a slide: the slide's index and the frame's rectangle on its page. */
interface Frame {
  slideIndex: number;
  rectangle: { x: number; y: number; width: number; height: number };
}

/** Take the frame links off `page` (they only mark places) and return where they were. */
function takeFrames(page: PDFPage): Frame[] {
  const annotations = page.node.Annots();
  if (!annotations) return [];
  const frames: Frame[] = [];
  for (let index = annotations.size() - 1; index >= 0; index--) {
    const annotation = annotations.lookup(index, PDFDict);
    const uri = annotation.lookupMaybe(PDFName.of('A'), PDFDict)?.lookupMaybe(PDFName.of('URI'), PDFString, PDFHexString)?.decodeText();
    const slideIndex = uri === undefined ? undefined : frameSlideIndex(uri);
    if (slideIndex === undefined) continue;
    frames.push({ slideIndex, rectangle: annotation.lookup(PDFName.of('Rect'), PDFArray).asRectangle() });
    const entry = annotations.get(index);
    annotations.remove(index);
    if (entry instanceof PDFRef) page.doc.context.delete(entry); // not left in the file unreferenced
  }
  return frames;
}

/**
 * Draw slide pages, as vector (text stays text), into the frames the handout
 * left for them: frame N receives `slides` page `pageIndices[N]`, fitted,
 * centred and outlined in grey. Every slide must land exactly once.
 */
export async function placeSlides(handout: PDFDocument, slides: PDFDocument, pageIndices: number[]): Promise<void> {
  const embedded = await handout.embedPages(pageIndices.map((pageIndex) => slides.getPage(pageIndex)));
  const placed = pageIndices.map(() => 0);
  for (const page of handout.getPages()) {
    for (const { slideIndex, rectangle } of takeFrames(page)) {
      const slide = embedded[slideIndex];
      if (!slide) throw new Error(`the handout has a frame for slide ${slideIndex + 1}, but there are ${embedded.length} slides`);
      const scale = Math.min(rectangle.width / slide.width, rectangle.height / slide.height);
      const width = slide.width * scale;
      const height = slide.height * scale;
      const box = { x: rectangle.x + (rectangle.width - width) / 2, y: rectangle.y + (rectangle.height - height) / 2, width, height };
      page.drawPage(slide, box);
      page.drawRectangle({ ...box, borderColor: grayscale(0.6), borderWidth: 0.75 });
      placed[slideIndex]! += 1;
    }
  }
  const wrong = placed.flatMap((count, index) => (count === 1 ? [] : [`slide ${index + 1} placed ${count} times`]));
  if (wrong.length > 0) throw new Error(`handout: ${wrong.join(', ')}`);
  // The forms are made when the document is flushed: make them now, then drop what they were made from.
  await handout.flush();
  dropUnreachable(handout);
}
