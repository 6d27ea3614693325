import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFStream, PDFString } from 'pdf-lib';

/** A bookmark read back from a PDF: its title, the page it opens (0-based) and its children. */
export interface ReadOutlineEntry {
  title: string;
  pageIndex: number;
  children: ReadOutlineEntry[];
}

/** The PDF's outline (bookmarks), walked from /Outlines through /First and /Next. */
export function readOutline(pdf: PDFDocument): ReadOutlineEntry[] {
  const pageRefs = pdf.getPages().map((page) => page.ref.toString());
  const level = (parent: PDFDict | undefined): ReadOutlineEntry[] => {
    const entries: ReadOutlineEntry[] = [];
    for (let item = parent?.lookupMaybe(PDFName.of('First'), PDFDict); item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      const destination = item.lookup(PDFName.of('Dest'), PDFArray).get(0);
      entries.push({
        title: item.lookup(PDFName.of('Title'), PDFString, PDFHexString).decodeText(),
        pageIndex: pageRefs.indexOf(String(destination instanceof PDFRef ? destination : '')),
        children: level(item),
      });
    }
    return entries;
  };
  return level(pdf.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict));
}

/** Names of the fonts a page's own content uses (not those inside its form XObjects), descriptor names included. */
export function pageFontNames(pdf: PDFDocument, pageIndex: number): string[] {
  const fonts = pdf.getPage(pageIndex).node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict);
  return (fonts?.values() ?? []).flatMap((value) => {
    const font = pdf.context.lookup(value, PDFDict);
    const descriptor = font.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict);
    return [font.get(PDFName.of('BaseFont')), descriptor?.get(PDFName.of('FontName'))].filter(Boolean).map(String);
  });
}

/** How many form XObjects of the given size (a slide page drawn whole) a page uses. */
export function pageFormsOfSize(pdf: PDFDocument, pageIndex: number, size: { width: number; height: number }): number {
  const objects = pdf.getPage(pageIndex).node.Resources()?.lookupMaybe(PDFName.of('XObject'), PDFDict);
  return (objects?.values() ?? []).filter((value) => {
    const form = pdf.context.lookup(value);
    if (!(form instanceof PDFStream) || form.dict.get(PDFName.of('Subtype'))?.toString() !== '/Form') return false;
    const box = form.dict.lookup(PDFName.of('BBox'), PDFArray).asRectangle();
    return Math.abs(box.width - size.width) < 1 && Math.abs(box.height - size.height) < 1;
  }).length;
}
