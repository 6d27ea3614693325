import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { VFile } from 'vfile';
import { readMarkdown } from '../compile/parse-lecture.ts';
import { visit } from 'unist-util-visit';
import type { Notebook } from '../cells/notebook.ts';

/** A URL a document refers to, at its line, and whether the page shows it (an image, a frame, media) or links to it. */
export interface Reference {
  url: string;
  line: number;
  shown: boolean;
  /** A picture's alt text as written (`''` when it has none); absent for what is not a picture. */
  alt?: string;
}

/** HTML attributes that name a URL, and whether the element shows what it names. */
const URL_ATTRIBUTES: Record<string, { property: string; shown: boolean }> = {
  img: { property: 'src', shown: true },
  iframe: { property: 'src', shown: true },
  video: { property: 'src', shown: true },
  audio: { property: 'src', shown: true },
  source: { property: 'src', shown: true },
  a: { property: 'href', shown: false },
};

/** The URLs raw HTML refers to, at the lines of the Markdown they sit on. */
function htmlReferences(html: string, firstLine: number): Reference[] {
  const found: Reference[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (element: Element) => {
    const attribute = URL_ATTRIBUTES[element.tagName];
    const url = attribute && element.properties[attribute.property];
    if (typeof url !== 'string') return;
    const line = firstLine + (element.position?.start.line ?? 1) - 1;
    found.push({ url, line, shown: attribute.shown, ...(element.tagName === 'img' && { alt: String(element.properties.alt ?? '') }) });
  });
  return found;
}

/** MyST directives whose argument is a picture: ```` ```{figure} images/map.png ````. */
const PICTURE_DIRECTIVE = /^\{(?:figure|image)\}$/;

/** Every image, link, link definition, MyST figure and HTML `src`/`href` of a Markdown text, at its line. */
export function markdownReferences(markdown: string): Reference[] {
  const found: Reference[] = [];
  visit(readMarkdown(new VFile(markdown)), (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'image') found.push({ url: node.url, line, shown: true, alt: node.alt ?? '' });
    else if (node.type === 'link' || node.type === 'definition') found.push({ url: node.url, line, shown: false });
    else if (node.type === 'html') found.push(...htmlReferences(node.value, line));
    else if (node.type === 'code' && PICTURE_DIRECTIVE.test(node.lang ?? '') && node.meta) found.push({ url: node.meta.trim(), line, shown: true });
  });
  return found;
}

/** The references of a notebook's Markdown cells, at the lines of the `.ipynb` file. */
export function notebookReferences(notebook: Notebook): Reference[] {
  return notebook.cells.filter((cell) => cell.kind === 'markdown').flatMap((cell) =>
    markdownReferences(cell.source).map((reference) => ({ ...reference, line: cell.sourceLines[reference.line - 1] ?? cell.line })));
}
