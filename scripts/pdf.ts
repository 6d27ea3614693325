/**
 * `npm run pdf [-- --fragments] [--handout=lines] [--dist DIR]` (after `npm run build`):
 * write every lecture's slides, handout and notes PDFs and the course book
 * into dist/pdf/, lectures in parallel up to the core count.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../src/build/chromium.ts';
import { finishPdf } from '../src/pdf/document.ts';
import { renderCourseBook, type BookChapter } from '../src/pdf/course-book.ts';
import { renderHandoutPdf, type HandoutLayout } from '../src/pdf/handout.ts';
import { renderNotesPdf } from '../src/pdf/notes.ts';
import { renderSlidesPdf } from '../src/pdf/slides.ts';
import { serveSite } from '../src/build/serve.ts';
import { loadCourse } from '../src/course-files/course.ts';
import { basePath } from '../src/course-files/site-config.ts';

const distFlag = process.argv.indexOf('--dist');
const DIST = distFlag > 0 ? process.argv[distFlag + 1]! : 'dist';
const fragments = process.argv.includes('--fragments');
const layout: HandoutLayout = process.argv.includes('--handout=lines') ? 'lines' : 'notes';

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

/** "Lecture 1: Introduction", as the built notes page names it. */
function lectureTitle(id: string): string {
  const html = readFileSync(join(DIST, 'notes', id, 'index.html'), 'utf8');
  return /data-pagefind-meta="title:([^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&') ?? id;
}

/** Time one PDF and print its progress line. */
async function timed(label: string, make: () => Promise<number>): Promise<void> {
  const started = Date.now();
  const pages = await make();
  console.log(`pdf: ${label.padEnd(36)} ${String(pages).padStart(4)} pages  ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

async function main(): Promise<void> {
  if (!existsSync(join(DIST, 'slides'))) throw new Error(`No built site in ${DIST}/: run \`npm run build\` first.`);
  const course = loadCourse();
  const author = course.lecturers.map((lecturer) => lecturer.name).join(', ');
  const base = basePath(course);
  const lectures = readdirSync(join(DIST, 'slides')).sort();
  const outDir = join(DIST, 'pdf');
  mkdirSync(outDir, { recursive: true });
  const started = Date.now();
  const server = await serveSite(DIST, base);
  const browser = await launchChromium();
  try {
    const site = `${server.url}${base}`;
    const chapters = await inParallel(lectures, availableParallelism(), async (id): Promise<BookChapter> => {
      const title = `${course.title}: ${lectureTitle(id)}`;
      const deck = `${site}slides/${id}/`;
      await timed(`${id}-slides.pdf`, async () =>
        finishPdf(await renderSlidesPdf(browser, deck, { fragments }), join(outDir, `${id}-slides.pdf`), { title: `${title} (slides)`, author, subject: course.title }));
      await timed(`${id}-handout.pdf`, async () =>
        finishPdf(await renderHandoutPdf(browser, deck, `${title} (handout)`, layout), join(outDir, `${id}-handout.pdf`), { title: `${title} (handout)`, author, subject: course.title }));
      const notes = await renderNotesPdf(browser, `${site}notes/${id}/`, `${course.title} · ${lectureTitle(id)}`);
      await timed(`${id}-notes.pdf`, () => finishPdf(notes, join(outDir, `${id}-notes.pdf`), { title: `${title} (notes)`, author, subject: course.title }));
      return { title: lectureTitle(id), pdf: notes };
    });
    await timed('course-notes.pdf', async () => {
      const { document, outline } = await renderCourseBook(browser, site, course, chapters);
      return finishPdf(document, join(outDir, 'course-notes.pdf'), { title: `${course.title} (course notes)`, author, subject: course.title }, outline);
    });
    console.log(`pdf: ${lectures.length * 3 + 1} PDFs in ${((Date.now() - started) / 1000).toFixed(1)} s → ${outDir}/`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: Error) => {
  console.error(`pdf failed: ${error.message}`);
  process.exit(1);
});
