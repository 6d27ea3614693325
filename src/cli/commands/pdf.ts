import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { failureReason } from '../../build/failure-reason.ts';
import type { CourseModel } from '../../model/course-model.ts';
import type { HandoutOptions } from '../../pdf/handout-layout.ts';
import { SLIDES_PER_PAGE } from '../../pdf/handout-layout.ts';
import { progressLine } from '../../terminal/progress.ts';
import { CONTENT_FLAG, UsageError, type Command } from '../command.ts';
import { courseFolder } from '../course-folder.ts';

/**
 * The handout's layout from `--handout` and `--nup` (default: notes two a
 * page, lines three a page). A site built without its speaker notes has none
 * to print: its handout has lines, and asking for notes is an error.
 */
function handoutOptions(handout: unknown, nup: unknown, speakerNotes: CourseModel['speakerNotes']): HandoutOptions {
  if (handout !== undefined && handout !== 'notes' && handout !== 'lines') throw new UsageError(`--handout takes notes or lines, not "${String(handout)}"`);
  if (handout === 'notes' && speakerNotes === 'private') {
    throw new UsageError('--handout notes: the site was built with --private-notes, so it has no speaker notes to print (its handout has lines)');
  }
  const layout = handout === 'lines' || speakerNotes === 'private' ? 'lines' : 'notes';
  if (nup === undefined) return { layout, perPage: layout === 'lines' ? 3 : 2 };
  const perPage = SLIDES_PER_PAGE.find((allowed) => String(allowed) === nup);
  if (!perPage) throw new UsageError(`--nup takes ${SLIDES_PER_PAGE.join(', ')} (slides a page), not "${String(nup)}"`);
  return { layout, perPage };
}

/** `--fragments` (a page per step) or `--all-fragments` (every step at once on one page), not both. */
function fragmentOptions(fragments: unknown, allFragments: unknown): { fragments: boolean; allFragments: boolean } {
  if (fragments && allFragments) throw new UsageError('--fragments prints a page per step and --all-fragments every step on one page: give one of them');
  return { fragments: Boolean(fragments), allFragments: Boolean(allFragments) };
}

/** The published course as the build describes it (`/course.json`, from the compile model). */
function courseModel(dist: string): CourseModel {
  const path = join(dist, 'course.json');
  if (!existsSync(path)) throw new Error(`No built site in ${dist}/ (no course.json): run \`lecture-site build\` first.`);
  return JSON.parse(readFileSync(path, 'utf8')) as CourseModel;
}

/** `lecture-site pdf`: every lecture's slides, handout and notes PDFs and the course book, into `<dist>/pdf/`, all or none. */
export const pdfCommand: Command = {
  name: 'pdf',
  summary: 'Print every lecture\'s slides, handout and notes, and the course book, into dist/pdf/ (after a build).',
  flags: {
    content: CONTENT_FLAG,
    dist: { type: 'string', value: 'DIR', description: 'the built site to print (default: dist/)' },
    fragments: { type: 'boolean', description: 'a slides page for every fragment step' },
    'all-fragments': { type: 'boolean', description: 'every fragment shown on the slides (PDF and handout), also those a later step hides or dims' },
    annotations: {
      type: 'string', value: 'FILE', multiple: true,
      description: 'drawings downloaded from a deck (D while presenting), printed on that lecture\'s slides; repeat it, or name a folder of such files',
    },
    handout: { type: 'string', value: 'notes|lines', description: 'beside each slide: its speaker notes (default) or ruled lines (always, on a site built with --private-notes)' },
    nup: { type: 'string', value: '2|3|6', description: 'slides a handout page (default: 2 with notes, 3 with lines)' },
  },
  details: 'Needs Chromium (Debian: apt-get install -y chromium, or CHROME_PATH). The PDFs are replaced only when every one is written.',
  async run({ flags }) {
    const contentDir = courseFolder(flags.content);
    const fragments = fragmentOptions(flags.fragments, flags['all-fragments']);
    const annotations = Array.isArray(flags.annotations) ? flags.annotations : [];
    const dist = typeof flags.dist === 'string' ? flags.dist : 'dist';
    const output = join(dist, 'pdf');
    try {
      const { loadCourse } = await import('../../course-files/course.ts');
      const { courseFiles } = await import('../../course-files/content-dir.ts');
      const { basePath } = await import('../../course-files/site-config.ts');
      const { stagedOutput } = await import('../../build/staged-output.ts');
      const { writeCoursePdfs } = await import('../../pdf/course-pdfs.ts');
      const { readAnnotationFiles } = await import('../../pdf/annotation-files.ts');
      const model = courseModel(dist);
      const handout = handoutOptions(flags.handout, flags.nup, model.speakerNotes);
      if (model.lectures.length === 0) {
        console.log('pdf: no lecture is published yet, so there is nothing to print');
        return 0;
      }
      // Every drawings file is read before Chromium starts, so a wrong one fails at once.
      const drawings = readAnnotationFiles(annotations, model.lectures.map((lecture) => lecture.id));
      for (const [lecture, { file, drawings: slides }] of drawings) {
        const count = Object.keys(slides).length;
        console.log(`pdf: the drawings of ${file} go on ${count} slide${count === 1 ? '' : 's'} of ${lecture}`);
      }
      const course = loadCourse(courseFiles(contentDir).course);
      const started = Date.now();
      const progress = progressLine('printing PDFs', model.lectures.length * 3 + 1);
      const written = (name: string, pages: number, seconds: number) => {
        progress.log(`pdf: ${name.padEnd(36)} ${String(pages).padStart(4)} ${pages === 1 ? 'page ' : 'pages'}  ${seconds.toFixed(1)} s`);
        progress.advance();
      };
      const warn = (message: string) => progress.log(`pdf: warning: ${message}`);
      // All PDFs or none: <dist>/pdf/ is replaced only once every one is written (src/build/staged-output.ts).
      try {
        await stagedOutput('lecture-site pdf', output,
          (outDir) => writeCoursePdfs(outDir, { dist, base: basePath(course), course, model, handout, ...fragments, drawings, written, warn }),
          (signal) => console.error(`pdf failed: interrupted (${signal}); ${output}/ is unchanged`));
      } finally {
        progress.finish();
      }
      console.log(`pdf: ${model.lectures.length * 3 + 1} PDFs in ${((Date.now() - started) / 1000).toFixed(1)} s → ${output}/`);
      return 0;
    } catch (error) {
      if (error instanceof UsageError) throw error;
      console.error(`pdf failed: ${failureReason(error)} (${output}/ is unchanged)`);
      return 1;
    }
  },
};
