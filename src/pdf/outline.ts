import { PDFHexString, PDFName, type PDFDocument, type PDFRef } from 'pdf-lib';

/** A bookmark of the PDF outline, with the bookmarks nested under it. */
export interface OutlineEntry {
  /** Plain text (any character; stored as UTF-16). */
  title: string;
  /** 0-based page it opens. */
  pageIndex: number;
  children?: OutlineEntry[];
}

/** How many bookmarks a reader shows when every level is open (the PDF outline's /Count). */
function openCount(entries: OutlineEntry[]): number {
  return entries.reduce((count, entry) => count + 1 + openCount(entry.children ?? []), 0);
}

/** Write `entries` as the children of `parent`, linked to their siblings; returns the first and last. */
function writeLevel(document: PDFDocument, parent: PDFRef, entries: OutlineEntry[]): { first: PDFRef; last: PDFRef } {
  const { context } = document;
  const refs = entries.map(() => context.nextRef());
  entries.forEach((entry, index) => {
    const children = entry.children ?? [];
    const nested = children.length > 0 ? writeLevel(document, refs[index]!, children) : undefined;
    context.assign(refs[index]!, context.obj({
      Title: PDFHexString.fromText(entry.title),
      Parent: parent,
      Dest: [document.getPage(entry.pageIndex).ref, 'Fit'],
      ...(index > 0 ? { Prev: refs[index - 1] } : {}),
      ...(index < entries.length - 1 ? { Next: refs[index + 1] } : {}),
      ...(nested ? { First: nested.first, Last: nested.last, Count: openCount(children) } : {}),
    }));
  });
  return { first: refs[0]!, last: refs.at(-1)! };
}

/**
 * Write the PDF outline (bookmarks), nested levels open. pdf-lib has no API
 * for it, so the /Outlines tree is built from its low-level objects.
 */
export function addOutline(document: PDFDocument, entries: OutlineEntry[]): void {
  if (entries.length === 0) return;
  const outlineRef = document.context.nextRef();
  const { first, last } = writeLevel(document, outlineRef, entries);
  document.context.assign(outlineRef, document.context.obj({ Type: 'Outlines', First: first, Last: last, Count: openCount(entries) }));
  document.catalog.set(PDFName.of('Outlines'), outlineRef);
}
