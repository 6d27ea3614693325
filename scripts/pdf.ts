/**
 * `npm run pdf [-- --fragments] [--handout=lines] [--nup 2|3|6] [--dist DIR]`
 * (after `npm run build`): write every lecture's slides, handout and notes
 * PDFs and the course book into dist/pdf/, lectures in parallel up to the
 * core count.
 */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { launchChromium } from '../src/headless/chromium.ts';
import { serveSite } from '../src/build/serve.ts';
import { failureReason } from '../src/build/failure-reason.ts';
import { stagedOutput } from '../src/build/staged-output.ts';
import { loadCourse } from '../src/course-files/course.ts';
import { basePath } from '../src/course-files/site-config.ts';
import { renderCourseBook, type BookChapter } from '../src/pdf/course-book.ts';
import { finishPdf } from '../src/pdf/document.ts';
import { renderHandoutPdf } from '../src/pdf/handout.ts';
import { SLIDES_PER_PAGE, type HandoutOptions } from '../src/pdf/handout-layout.ts';
import type { CourseModel } from '../src/model/course-model.ts';
import type { PrintLecture } from '../src/pdf/lecture.ts';
import { renderNotesPdf } from '../src/pdf/notes.ts';
import { renderSlidesPdf } from '../src/pdf/slides.ts';

const argument = (name: string) => {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] ?? '' : undefined;
};
const DIST = argument('--dist') ?? 'dist';
const fragments = process.argv.includes('--fragments');

/** The handout's layout from `--handout=lines` and `--nup N` (default: notes two a page, lines three a page). */
function handoutOptions(): HandoutOptions {
  const layout = process.argv.includes('--handout=lines') ? 'lines' : 'notes';
  const nup = argument('--nup');
  if (nup === undefined) return { layout, perPage: layout === 'lines' ? 3 : 2 };
  const perPage = SLIDES_PER_PAGE.find((allowed) => String(allowed) === nup);
  if (!perPage) throw new Error(`--nup takes ${SLIDES_PER_PAGE.join(', ')} (slides a page), not "${nup}".`);
  return { layout, perPage };
}

/** The published course as the build describes it (`/course.json`, from the compile model). */
function courseModel(): CourseModel {
  const path = join(DIST, 'course.json');
  if (!existsSync(path)) throw new Error(`No built site in ${DIST}/ (no course.json): run \`npm run build\` first.`);
  return JSON.parse(readFileSync(path, 'utf8')) as CourseModel;
}

/**
 * A lecture as the PDFs need it: its title from the model, and every section
 * of its built deck (the generated title, references and sources slides too)
 * with the speaker notes of the notes page, which sets their maths with KaTeX
 * (the deck keeps only MathML, for the speaker view).
 */
function printLecture(lecture: CourseModel['lectures'][number]): PrintLecture {
  const page = (view: string) => fromHtml(readFileSync(join(DIST, view, lecture.id, 'index.html'), 'utf8'));
  const titles = new Map(lecture.slides.map((slide) => [slide.id, slide.title]));
  // On the notes page a slide's id sits on its heading, or on the section when it has none.
  const notes = new Map(selectAll('.lecture-body > section.slide', page('notes')).map((section) => [
    String(section.properties.id ?? select('h1, h2', section)?.properties.id),
    selectAll('.lecture-notes', section).flatMap((block) => block.children),
  ]));
  return {
    title: `${lecture.label}: ${lecture.title}`,
    slides: selectAll('.reveal .slides > section', page('slides')).map((section, index) => {
      const id = String(section.properties.id);
      return { id, title: titles.get(id) || String(section.properties.ariaLabel ?? `Slide ${index + 1}`), notes: notes.get(id) ?? [] };
    }),
  };
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

/** Start timing one PDF; call the result with its page count once written, to print its progress line. */
function timer(label: string): (pages: number) => void {
  const started = Date.now();
  return (pages) => console.log(`pdf: ${label.padEnd(36)} ${String(pages).padStart(4)} pages  ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Write every lecture's slides, handout and notes PDFs and the course book into `outDir`. */
async function writePdfs(outDir: string, model: CourseModel): Promise<void> {
  const handout = handoutOptions();
  const course = loadCourse();
  const author = course.lecturers.map((lecturer) => lecturer.name).join(', ');
  const base = basePath(course);
  const server = await serveSite(DIST, base);
  const browser = await launchChromium();
  try {
    const site = `${server.url}${base}`;
    const chapters = await inParallel(model.lectures, availableParallelism(), async (entry): Promise<BookChapter> => {
      const { id } = entry;
      const lecture = printLecture(entry);
      const header = `${course.title} · ${lecture.title}`;
      const metadata = (kind: string) => ({ title: `${course.title}: ${lecture.title} (${kind})`, author, subject: course.title });
      const notesUrl = `${site}notes/${id}/`;
      const slidesDone = timer(`${id}-slides.pdf`);
      const slides = await renderSlidesPdf(browser, `${site}slides/${id}/`, lecture, { fragments });
      slidesDone(await finishPdf(slides.document, join(outDir, `${id}-slides.pdf`), metadata('slides'), slides.outline));
      const handoutDone = timer(`${id}-handout.pdf`);
      const handoutPdf = await renderHandoutPdf(browser, notesUrl, lecture, slides, handout, `${header} (handout)`);
      handoutDone(await finishPdf(handoutPdf, join(outDir, `${id}-handout.pdf`), metadata('handout')));
      const notesDone = timer(`${id}-notes.pdf`);
      const notes = await renderNotesPdf(browser, notesUrl, header);
      notesDone(await finishPdf(notes, join(outDir, `${id}-notes.pdf`), metadata('notes')));
      return { title: lecture.title, pdf: notes };
    });
    const bookDone = timer('course-notes.pdf');
    const book = await renderCourseBook(browser, site, course, chapters);
    bookDone(await finishPdf(book.document, join(outDir, 'course-notes.pdf'), { title: `${course.title} (course notes)`, author, subject: course.title }, book.outline));
  } finally {
    await browser.close();
    await server.close();
  }
}

const OUTPUT = join(DIST, 'pdf');

async function main(): Promise<void> {
  const model = courseModel();
  if (model.lectures.length === 0) {
    console.log('pdf: no lecture is published yet, so there is nothing to print');
    return;
  }
  const started = Date.now();
  // All PDFs or none: dist/pdf/ is replaced only once every one is written (src/build/staged-output.ts).
  await stagedOutput('npm run pdf', OUTPUT, (outDir) => writePdfs(outDir, model),
    (signal) => console.error(`pdf failed: interrupted (${signal}); ${OUTPUT}/ is unchanged`));
  console.log(`pdf: ${model.lectures.length * 3 + 1} PDFs in ${((Date.now() - started) / 1000).toFixed(1)} s → ${OUTPUT}/`);
}

main().catch((error: Error) => {
  console.error(`pdf failed: ${failureReason(error)} (${OUTPUT}/ is unchanged)`);
  process.exit(1);
});
