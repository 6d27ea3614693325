import { PDFDocument } from 'pdf-lib';
import type { Browser } from 'playwright-core';
import type { Course } from '../schemas/course.ts';
import type { OutlineEntry } from './document.ts';
import { escapeHtml } from './html.ts';
import { renderHtmlPdf } from './notes.ts';

/** One lecture's notes PDF, for the book. */
export interface BookChapter {
  title: string;
  pdf: Uint8Array;
}

function titlePage(course: Course, chapters: { title: string; page: number }[]): string {
  const lecturers = course.lecturers.map((lecturer) => escapeHtml(lecturer.name)).join(', ');
  const rows = chapters.map((chapter) => `<li><span>${escapeHtml(chapter.title)}</span><span>${chapter.page}</span></li>`).join('');
  return `<!doctype html><html lang="${course.language}"><head><meta charset="utf-8"><style>
    @page { size: A4; margin: 25mm 20mm; }
    body { font: 12pt/1.5 'Source Sans 3 Variable', system-ui, sans-serif; color: #16181d; }
    h1 { font-size: 28pt; margin: 40mm 0 4mm; color: ${course.theme.accent}; }
    .people { font-size: 14pt; margin-bottom: 20mm; }
    h2 { font-size: 14pt; border-bottom: 0.5mm solid #999; }
    ol { list-style: none; padding: 0; }
    li { display: flex; justify-content: space-between; border-bottom: 0.2mm dotted #999; padding: 1.5mm 0; }
  </style></head><body>
    <h1>${escapeHtml(course.title)}</h1>
    <p class="people">${lecturers}${course.institution ? `<br>${escapeHtml(course.institution)}` : ''}</p>
    <h2>Contents</h2><ol>${rows}</ol>
  </body></html>`;
}

/**
 * All lectures' notes in one book: a title page with a combined contents
 * list (book page numbers), then each lecture, with a bookmark per lecture.
 */
export async function renderCourseBook(browser: Browser, baseUrl: string, course: Course, chapters: BookChapter[]): Promise<{ document: PDFDocument; outline: OutlineEntry[] }> {
  const loaded = await Promise.all(chapters.map((chapter) => PDFDocument.load(chapter.pdf)));
  let page = 2; // after the one-page title page
  const starts = loaded.map((document, index) => {
    const start = page;
    page += document.getPageCount();
    return { title: chapters[index]!.title, page: start };
  });
  const book = await PDFDocument.create();
  const cover = await PDFDocument.load(await renderHtmlPdf(browser, baseUrl, titlePage(course, starts)));
  for (const source of [cover, ...loaded]) {
    for (const copied of await book.copyPages(source, source.getPageIndices())) book.addPage(copied);
  }
  return { document: book, outline: starts.map((start) => ({ title: start.title, pageIndex: start.page - 1 })) };
}
