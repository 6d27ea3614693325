import { PDFArray, PDFDict, PDFRef, PDFStream, type PDFDocument, type PDFObject } from 'pdf-lib';

/**
 * Delete the objects of a PDF nothing points at from its catalog or its
 * information: pdf-lib's `embedPages` copies each page, its content streams
 * included, into the document before making a form of it, and leaves those
 * copies behind; a handout of drawings would carry every slide's drawing twice.
 */
export function dropUnreachable(document: PDFDocument): void {
  const { context } = document;
  const reachable = new Set<string>();
  const pending: (PDFObject | undefined)[] = [context.trailerInfo.Root, context.trailerInfo.Info];
  while (pending.length > 0) {
    const object = pending.pop();
    if (object instanceof PDFRef) {
      if (reachable.has(object.tag)) continue;
      reachable.add(object.tag);
      pending.push(context.lookup(object));
    } else if (object instanceof PDFDict) {
      pending.push(...object.values());
    } else if (object instanceof PDFArray) {
      pending.push(...object.asArray());
    } else if (object instanceof PDFStream) {
      pending.push(object.dict);
    }
  }
  for (const [ref] of context.enumerateIndirectObjects()) if (!reachable.has(ref.tag)) context.delete(ref);
}
