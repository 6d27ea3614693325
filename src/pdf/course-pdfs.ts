import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { serveSite } from '../build/serve.ts';
import { launchChromium } from '../headless/chromium.ts';
import type { CourseModel } from '../model/course-model.ts';
import type { Course } from '../schemas/course.ts';
import { renderCourseBook, type BookChapter } from './course-book.ts';
import { finishPdf, type PdfMetadata } from './document.ts';
import { renderHandoutPdf } from './handout.ts';
import type { HandoutOptions } from './handout-layout.ts';
import { renderNotesPdf } from './notes.ts';
import type { OutlineEntry } from './outline.ts';
import { printLecture } from './print-lecture.ts';
import { renderSlidesPdf } from './slides.ts';

/** What to print, from where, and how. */
export interface CoursePdfsRequest {
  /** The built site. */
  dist: string;
  /** Its base path. */
  base: string;
  course: Course;
  model: CourseModel;
  handout: HandoutOptions;
  /** A page per fragment step in the slides PDF. */
  fragments: boolean;
  /** Called when a PDF is written: its file name, pages and seconds. */
  written: (name: string, pages: number, seconds: number) => void;
}

/** A PDF made and not yet written. */
interface MadePdf {
  document: Parameters<typeof finishPdf>[0];
  metadata: PdfMetadata;
  outline?: OutlineEntry[];
}

/** Run `task` over `items`, at most `limit` at a time. */
async function inParallel<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * Write every lecture's slides, handout and notes PDFs and the course book
 * into `outDir`, printed by Chromium from the built site (served on loopback),
 * lectures in parallel up to the core count.
 */
export async function writeCoursePdfs(outDir: string, { dist, base, course, model, handout, fragments, written }: CoursePdfsRequest): Promise<void> {
  const author = course.lecturers.map((lecturer) => lecturer.name).join(', ');
  const server = await serveSite(dist, base);
  const browser = await launchChromium();
  /** Make one PDF, write it and say so. */
  const finish = async (name: string, make: () => Promise<MadePdf>) => {
    const started = Date.now();
    const { document, metadata, outline } = await make();
    written(name, await finishPdf(document, join(outDir, name), metadata, outline), (Date.now() - started) / 1000);
  };
  try {
    const site = `${server.url}${base}`;
    const chapters = await inParallel(model.lectures, availableParallelism(), async (entry): Promise<BookChapter> => {
      const { id } = entry;
      const lecture = printLecture(dist, entry);
      const header = `${course.title} · ${lecture.title}`;
      const metadata = (kind: string) => ({ title: `${course.title}: ${lecture.title} (${kind})`, author, subject: course.title });
      const notesUrl = `${site}notes/${id}/`;
      let slides!: Awaited<ReturnType<typeof renderSlidesPdf>>;
      await finish(`${id}-slides.pdf`, async () => {
        slides = await renderSlidesPdf(browser, `${site}slides/${id}/`, lecture, { fragments });
        return { document: slides.document, metadata: metadata('slides'), outline: slides.outline };
      });
      await finish(`${id}-handout.pdf`, async () =>
        ({ document: await renderHandoutPdf(browser, notesUrl, lecture, slides, handout, `${header} (handout)`), metadata: metadata('handout') }));
      let notes!: Awaited<ReturnType<typeof renderNotesPdf>>;
      await finish(`${id}-notes.pdf`, async () => ({ document: (notes = await renderNotesPdf(browser, notesUrl, header)), metadata: metadata('notes') }));
      return { title: lecture.title, pdf: notes };
    });
    // The course pages open the book, as they open the home page.
    const pages = await inParallel(model.pages ?? [], availableParallelism(), async (page): Promise<BookChapter> =>
      ({ title: page.title, pdf: await renderNotesPdf(browser, `${site}${page.id}/`, `${course.title} · ${page.title}`) }));
    await finish('course-notes.pdf', async () => {
      const book = await renderCourseBook(browser, site, course, [...pages, ...chapters]);
      return { document: book.document, metadata: { title: `${course.title} (course notes)`, author, subject: course.title }, outline: book.outline };
    });
  } finally {
    await browser.close();
    await server.close();
  }
}
