import type { Root } from 'hast';
import { h } from 'hastscript';
import { PDFDocument } from 'pdf-lib';
import type { Browser } from 'playwright-core';
import type { Course } from '../schemas/course.ts';
import { openA4Page, replaceBody } from './a4-page.ts';
import type { OutlineEntry } from './outline.ts';

/** One lecture's notes (or a course page) as a PDF, for the book. */
export interface BookChapter {
  title: string;
  pdf: Uint8Array;
}

const TITLE_PAGE_CSS = `
  @page { size: A4; margin: 25mm 20mm; }
  body { font: 12pt/1.5 'Source Sans 3 Variable', system-ui, sans-serif; color: #16181d; margin: 0; }
  h1 { font-size: 28pt; margin: 40mm 0 4mm; color: var(--accent); }
  .people { font-size: 14pt; margin-bottom: 20mm; }
  h2 { font-size: 14pt; border-bottom: 0.5mm solid #999; }
  ol { list-style: none; padding: 0; }
  li { display: flex; justify-content: space-between; border-bottom: 0.2mm dotted #999; padding: 1.5mm 0; }
`;

function titlePage(course: Course, chapters: { title: string; page: number }[]): Root {
  const people = course.lecturers.map((lecturer) => lecturer.name).join(', ');
  return {
    type: 'root',
    children: [h('main', { style: `--accent: ${course.theme.accent}` }, [
      h('h1', course.title),
      h('p.people', course.institution ? [people, h('br'), course.institution] : [people]),
      h('h2', 'Contents'),
      h('ol', chapters.map((chapter) => h('li', [h('span', chapter.title), h('span', String(chapter.page))]))),
    ])],
  };
}

/** The title page as a one-page PDF, laid over the home page so the course font loads. */
async function renderTitlePage(browser: Browser, homeUrl: string, content: Root): Promise<Uint8Array> {
  const page = await openA4Page(browser, homeUrl);
  await replaceBody(page, content, TITLE_PAGE_CSS);
  const pdf = await page.pdf({ format: 'A4', printBackground: true, tagged: true, preferCSSPageSize: true });
  await page.context().close();
  return pdf;
}

/**
 * The course in one book: a title page with a combined contents list (book
 * page numbers), then each course page and each lecture's notes, with a
 * bookmark for each.
 */
export async function renderCourseBook(browser: Browser, homeUrl: string, course: Course, chapters: BookChapter[]): Promise<{ document: PDFDocument; outline: OutlineEntry[] }> {
  const loaded = await Promise.all(chapters.map((chapter) => PDFDocument.load(chapter.pdf)));
  let page = 2; // after the one-page title page
  const starts = loaded.map((document, index) => {
    const start = page;
    page += document.getPageCount();
    return { title: chapters[index]!.title, page: start };
  });
  const book = await PDFDocument.create();
  const cover = await PDFDocument.load(await renderTitlePage(browser, homeUrl, titlePage(course, starts)));
  for (const source of [cover, ...loaded]) {
    for (const copied of await book.copyPages(source, source.getPageIndices())) book.addPage(copied);
  }
  return { document: book, outline: starts.map((start) => ({ title: start.title, pageIndex: start.page - 1 })) };
}
