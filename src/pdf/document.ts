import { rename, writeFile } from 'node:fs/promises';
import { PDFDocument, PDFHexString, PDFName, type PDFRef } from 'pdf-lib';

/** A bookmark of the PDF outline. */
export interface OutlineEntry {
  title: string;
  /** 0-based page it opens. */
  pageIndex: number;
}

/**
 * Write a flat PDF outline (bookmarks). pdf-lib has no API for it, so the
 * /Outlines dictionary is built from its low-level objects.
 */
export function addOutline(document: PDFDocument, entries: OutlineEntry[]): void {
  if (entries.length === 0) return;
  const { context } = document;
  const outlineRef = context.nextRef();
  const refs: PDFRef[] = entries.map(() => context.nextRef());
  entries.forEach((entry, index) => {
    const item = context.obj({
      Title: PDFHexString.fromText(entry.title),
      Parent: outlineRef,
      Dest: [document.getPage(entry.pageIndex).ref, 'Fit'],
      ...(index > 0 ? { Prev: refs[index - 1] } : {}),
      ...(index < entries.length - 1 ? { Next: refs[index + 1] } : {}),
    });
    context.assign(refs[index]!, item);
  });
  context.assign(outlineRef, context.obj({ Type: 'Outlines', First: refs[0], Last: refs.at(-1), Count: entries.length }));
  document.catalog.set(PDFName.of('Outlines'), outlineRef);
}

/** Title, author and subject of a PDF, with a fixed date so rebuilds are identical. */
export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
}

/** Set metadata and outline, then write the file atomically (a temp file renamed into place). */
export async function finishPdf(bytes: Uint8Array | PDFDocument, path: string, metadata: PdfMetadata, outline: OutlineEntry[] = []): Promise<number> {
  const document = bytes instanceof PDFDocument ? bytes : await PDFDocument.load(bytes);
  document.setTitle(metadata.title, { showInWindowTitleBar: true });
  document.setAuthor(metadata.author);
  document.setSubject(metadata.subject);
  document.setCreator('lecture-site');
  document.setProducer('lecture-site (Chromium, pdf-lib)');
  addOutline(document, outline);
  const temporary = `${path}.partial`;
  await writeFile(temporary, await document.save());
  await rename(temporary, path);
  return document.getPageCount();
}
