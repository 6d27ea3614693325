import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { serveSite } from '../build/serve.ts';
import { launchChromium } from '../headless/chromium.ts';
import type { CourseModel } from '../model/course-model.ts';
import type { Course } from '../schemas/course.ts';
import { slidesNotInDeck, type LectureDrawings } from './annotation-files.ts';
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
  /** Every fragment shown at once on the slides PDF (and so the handout). */
  allFragments: boolean;
  /** The lecturer's drawings to print on the slides PDF (and so the handout) of their lecture, by lecture id. */
  drawings: Map<string, LectureDrawings>;
  /** Called when a PDF is written: its file name, pages and seconds. */
  written: (name: string, pages: number, seconds: number) => void;
  /** Called with what the lecturer should know of a PDF that was written anyway. */
  warn: (message: string) => void;
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
export async function writeCoursePdfs(outDir: string, request: CoursePdfsRequest): Promise<void> {
  const { dist, base, course, model, handout, fragments, allFragments, drawings, written, warn } = request;
  const author = course.lecturers.map((lecturer) => lecturer.name).join(', ');
  const server = await serveSite(dist, base);
  // Without Chromium (none installed) the server must close all the same, or the command never exits.
  const browser = await launchChromium().catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
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
      const ink = drawings.get(id);
      const lost = ink ? slidesNotInDeck(ink.drawings, lecture.slides.map((slide) => slide.id)) : [];
      if (ink && lost.length > 0) warn(`${ink.file}: the deck of ${id} has no slide ${lost.join(', ')} (renamed or deleted since the drawing?): those drawings are not printed`);
      let slides!: Awaited<ReturnType<typeof renderSlidesPdf>>;
      await finish(`${id}-slides.pdf`, async () => {
        slides = await renderSlidesPdf(browser, `${site}slides/${id}/`, lecture, { fragments, allFragments, drawings: ink?.drawings });
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
