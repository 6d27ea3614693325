import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { fileState } from '../course-files/file-state.ts';
import { readCourseFolder } from '../course-files/read-course.ts';
import { diagnosticSummary, failsBuild, formatDiagnostic, type Diagnostic } from '../model/diagnostic.ts';
import { isPublished } from '../model/lecture.ts';
import { compileStarted } from './compile-in-progress.ts';
import { contentError } from './content-error.ts';
import { compiledDir, COURSE_COMPILER, courseDigest, reuseStoredTexts, storeCourseReferences, writeStatus, type CourseStatus } from './compiled-store.ts';
import { IncrementalCompiler, type CompileRun } from './incremental-compile.ts';
import { pipelineDigest } from './pipeline-digest.ts';
import { progressLine, type Progress } from '../terminal/progress.ts';

/** Options of the lecture loader. */
export interface LectureLoaderOptions {
  /** The course folder (course.yaml, references.bib, lectures/, public/). */
  contentDir: string;
  /** Fail the build on warnings too (`npm run build -- --strict`). */
  strict?: boolean;
}

/** The error a build stops with; each problem was printed above it at its file:line, once. */
function buildError(diagnostics: Diagnostic[], strict: boolean) {
  return contentError(
    `the course content has ${diagnosticSummary(diagnostics)}${strict ? ' (--strict: warnings fail too)' : ''}, each listed above at its file:line`,
    'Fix them and build again; `npm run check` lists every problem of the course without building.',
  );
}

/**
 * Store each lecture's validated frontmatter (its compiled HTML stays in its
 * file) and drop lectures that are gone. The paths of the images it shows
 * from the course folder go in as `images`, which the collection's schema
 * reads with Astro's `image()`: so they reach the pages as image metadata
 * for `getImage()`, relative to the lecture's `filePath`.
 */
async function storeEntries({ store, parseData, generateDigest, config }: LoaderContext, run: CompileRun): Promise<void> {
  const ids = new Set<string>();
  const root = fileURLToPath(config.root);
  for (const lecture of run.lectures) {
    ids.add(lecture.id);
    // A lecture whose frontmatter is broken keeps its last entry: in `astro dev` its page stays and shows the error.
    if (!lecture.data) continue;
    const filePath = relative(root, resolve(lecture.path)).split(sep).join('/');
    const data = await parseData({ id: lecture.id, data: { ...lecture.data, kind: lecture.kind, images: lecture.images.map((image) => image.src) }, filePath });
    store.set({ id: lecture.id, data, digest: generateDigest(data), filePath });
  }
  for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
}

/** The lectures of a compile as the build steps need them: label and whether they are published. */
function statusOf(run: CompileRun): CourseStatus['lectures'] {
  return run.lectures.flatMap(({ kind, id, data }) => (kind === 'lecture' && data && 'number' in data ? [{ id, number: data.number, published: isPublished(data) }] : []))
    .sort((a, b) => a.number - b.number)
    .map(({ id, number, published }) => ({ id, label: `Lecture ${number}`, published }));
}

/** The course pages a compile builds: valid and not drafts. */
function builtPages(run: CompileRun): string[] {
  return run.lectures.flatMap(({ kind, id, data }) => (kind === 'page' && data && !data.draft ? [id] : []));
}

/** Print the problems not printed by the previous compile (all of them in a build). */
function reportNew(logger: LoaderContext['logger'], diagnostics: Diagnostic[], printed: Set<string>): Set<string> {
  const lines = new Set(diagnostics.map(formatDiagnostic));
  for (const diagnostic of diagnostics) {
    const line = formatDiagnostic(diagnostic);
    if (printed.has(line)) continue;
    if (diagnostic.severity === 'error') logger.error(line);
    else logger.warn(line);
  }
  return lines;
}

/**
 * The lectures collection: every `NN-slug.md` (or `.qmd`) of the course compiled once by
 * the core (src/compile/), only again when its text, the course context or the
 * pipeline's code changes. Written against Astro's public Loader API only.
 * A build stops with every problem at its file:line; `astro dev` recompiles on
 * save and shows the problems in the terminal and, through the pages, in the
 * error overlay.
 */
export function lectureLoader({ contentDir, strict = false }: LectureLoaderOptions): Loader {
  return {
    name: 'lecture-loader',
    async load(context) {
      const { config, generateDigest, logger, watcher } = context;
      const dir = compiledDir(config.cacheDir, Boolean(watcher));
      const pipeline = pipelineDigest();
      const coursePipeline = pipelineDigest(COURSE_COMPILER);
      const compiler = new IncrementalCompiler(dir, pipeline, generateDigest);
      reuseStoredTexts(dir, pipeline);
      const read = () => readCourseFolder({ contentDir, cacheDir: fileURLToPath(config.cacheDir) });
      let printed = new Set<string>();
      const sync = async (): Promise<CompileRun> => {
        const started = performance.now();
        const folder = await read();
        // On a terminal, a build says how far the compile has got; a dev server's saves are quick.
        let progress: Progress | undefined;
        const run = await compiler.run(folder, (done, total) => {
          if (!watcher) (progress ??= progressLine('compiling lectures', total)).advance(done);
        });
        progress?.finish();
        await storeEntries(context, run);
        // The /references/ page lists what is stored here, formatted by this compile.
        if (folder.context) storeCourseReferences(dir, pipeline, folder.context.citations);
        writeStatus(dir, { diagnostics: run.diagnostics, lectures: statusOf(run), pages: builtPages(run), source: courseDigest(folder, coursePipeline) });
        printed = reportNew(logger, run.diagnostics, printed);
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        const what = run.lectures.some((lecture) => lecture.kind === 'page') ? 'lectures and pages' : 'lectures';
        logger.info(`compiled ${run.compiled} of ${run.lectures.length} ${what} in ${seconds} s (${diagnosticSummary(run.diagnostics)})`);
        return run;
      };
      const run = await sync();
      if (!watcher) {
        if (failsBuild(run.diagnostics, strict)) throw buildError(run.diagnostics, strict);
        return;
      }
      if (run.compiled === 0) void read().then((folder) => compiler.warmUp(folder)).catch(() => undefined);
      watchCourse(watcher, [contentDir], dir, () => sync().catch((error: Error) => logger.error(`could not compile the course: ${error.message}`)));
    },
  };
}

/** Recompile when a file of the course folder (its public/ too) changes, one compile at a time (saves during a compile queue one more). */
function watchCourse(watcher: NonNullable<LoaderContext['watcher']>, folders: string[], dir: string, sync: () => Promise<unknown>): void {
  const roots = folders.map((folder) => resolve(folder) + sep);
  let running: Promise<unknown> | undefined;
  let again = false;
  const trigger = (path: string) => {
    const root = roots.find((folder) => resolve(path).startsWith(folder));
    // Astro's and the build's own files may sit in the course folder; writing them is no edit.
    if (!root || resolve(path).slice(root.length).split(sep).some((part) => part.startsWith('.') || part === 'node_modules' || part === 'dist')) return;
    if (running) {
      again = true;
      return;
    }
    const seen = fileState(path);
    running = sync().finally(() => {
      running = undefined;
      // Read half written, perhaps, with no event for the rest (see fileState).
      if (again || fileState(path) !== seen) {
        again = false;
        trigger(path);
      }
    });
    compileStarted(dir, running);
  };
  watcher.add(folders.map((folder) => resolve(folder)));
  for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, trigger);
}
