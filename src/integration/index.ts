import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration, HookParameters } from 'astro';
import { compiledDir, readLecture, readStatus } from '../collection/compiled-store.ts';
import { contentError } from '../collection/content-error.ts';
import { courseFiles, PACKAGE_PUBLIC_DIR } from '../course-files/content-dir.ts';
import { loadCourse, readCourseConfig } from '../course-files/course.ts';
import { readUnchanged } from '../course-files/file-state.ts';
import { buildSearchIndex } from '../build/search-index.ts';
import type { Course } from '../schemas/course.ts';
import { announceCompiles } from './compile-events.ts';
import { siteRoutes } from './routes.ts';
import { COURSE_MODULE_ID, virtualModules } from './virtual-modules.ts';
import { reportPhase } from '../terminal/phase-timing.ts';

/** Astro's dev server, as its hooks hand it over. */
type ViteDevServer = HookParameters<'astro:server:setup'>['server'];

/** Options of the lecture site integration. */
export interface LectureSiteOptions {
  /** The course folder (course.yaml, lectures/, pages/, references.bib, public/). */
  contentDir: string;
  /** Fail the build on warnings too (`--strict`). */
  strict?: boolean;
  /** Leave the speaker notes out of the site (`--private-notes`). */
  privateNotes?: boolean;
}

/** The package's own folder, and the folder its dependencies are installed in (a sibling of it once installed). */
const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ASTRO_ROOT = dirname(fileURLToPath(import.meta.resolve('astro/package.json')));

/** The course, or the problems of course.yaml at their lines as an error Astro shows without a stack. */
function readCourse(contentDir: string): Course {
  try {
    return loadCourse(courseFiles(contentDir).course);
  } catch (error) {
    throw contentError((error as Error).message, 'Fix course.yaml and save (or run the command again).');
  }
}

/** Index the built site for search, from the compiled lectures the loader stored. */
async function indexSite(config: AstroConfig, outDir: URL, language: string): Promise<string> {
  const dir = compiledDir(config.cacheDir, false);
  const lectures = (readStatus(dir)?.lectures ?? []).filter((lecture) => lecture.published).map((lecture) => ({
    label: lecture.label,
    deckUrl: `${config.base.replace(/\/?$/, '/')}slides/${lecture.id}/`,
    slides: readLecture(dir, lecture.id)?.slides ?? [],
  }));
  const pages = readStatus(dir)?.pages ?? [];
  const { notes, slides } = await buildSearchIndex(fileURLToPath(outDir), lectures, pages, language);
  return `indexed ${notes} notes and course pages and ${slides} slides`;
}

/**
 * In `astro dev`, a saved course.yaml (or theme stylesheet) is read again and
 * every open page reloads with it; a broken one keeps the last good course,
 * and the loader reports its problems, in the terminal and over the page.
 */
function reloadOnCourseChange(server: ViteDevServer, contentDir: string, current: () => Course, update: (course: Course) => void): void {
  const coursePath = resolve(courseFiles(contentDir).course);
  const stylesheet = () => current().theme.stylesheet;
  server.watcher.add(coursePath);
  server.watcher.on('change', (path) => {
    const changed = resolve(path);
    if (changed !== coursePath && changed !== resolve(contentDir, stylesheet() ?? coursePath)) return;
    const { course } = readUnchanged(coursePath, () => readCourseConfig(coursePath));
    if (!course) return;
    update(course);
    for (const environment of Object.values(server.environments)) {
      const module = environment.moduleGraph.getModuleById(COURSE_MODULE_ID);
      if (module) environment.moduleGraph.invalidateModule(module);
    }
    server.environments.client.hot.send({ type: 'full-reload' });
  });
}

/**
 * The lecture site as an Astro integration, Starlight's way: it injects the
 * pages (they live in the package), serves the validated course to them as a
 * virtual module, and owns the build steps around Astro — in `astro dev`, a
 * refresh of the open page as soon as the loader has compiled a change (see
 * src/client/dev-refresh.ts) or course.yaml changes; after a build, the
 * search index.
 */
export function lectureSite({ contentDir, strict = false, privateNotes = false }: LectureSiteOptions): AstroIntegration {
  let config: AstroConfig;
  let course: Course;
  return {
    name: 'lecture-site',
    hooks: {
      'astro:config:setup': ({ addMiddleware, command, injectRoute, injectScript, updateConfig }) => {
        course = readCourse(contentDir);
        for (const route of siteRoutes(contentDir)) injectRoute(route);
        updateConfig({
          vite: {
            plugins: [virtualModules({ contentDir, strict, privateNotes, packagePublicDir: PACKAGE_PUBLIC_DIR }, () => course)],
            // The pages, the client code and its packages live outside the course folder Astro serves.
            server: { fs: { allow: [resolve(contentDir), PACKAGE_ROOT, dirname(ASTRO_ROOT)] } },
          },
        });
        const devRefresh = fileURLToPath(new URL('../client/dev-refresh.ts', import.meta.url));
        if (command === 'dev') {
          injectScript('page', `import ${JSON.stringify(`/@fs${devRefresh}`)};`);
          addMiddleware({ entrypoint: new URL('../collection/compiled-version-middleware.ts', import.meta.url), order: 'pre' });
        }
      },
      'astro:config:done': ({ config: done }) => {
        config = done;
      },
      'astro:server:setup': ({ server }) => {
        announceCompiles(server, compiledDir(config.cacheDir, true));
        reloadOnCourseChange(server, contentDir, () => course, (next) => (course = next));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        logger.info(`search: ${await indexSite(config, dir, course.language)}`);
        reportPhase('search', started);
      },
    },
  };
}
