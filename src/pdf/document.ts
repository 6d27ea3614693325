import { rename, writeFile } from 'node:fs/promises';
import { PDFDocument } from 'pdf-lib';
import { addOutline, type OutlineEntry } from './outline.ts';

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
