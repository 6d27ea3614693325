import { join } from 'node:path';

/**
 * The folder holding a course's content (`course.yaml`, `references.bib`,
 * `lectures/`). A second course is a copy of this folder; `CONTENT_DIR`
 * builds another one (tests and the benchmark use it).
 */
export const CONTENT_DIR = process.env.CONTENT_DIR ?? 'content';

/** The files of one course folder. */
export function courseFiles(contentDir = CONTENT_DIR) {
  return {
    /** The course folder itself. */
    root: contentDir,
    /** Folder of the lecture files. */
    lectures: join(contentDir, 'lectures'),
    /** The course configuration. */
    course: join(contentDir, 'course.yaml'),
    /** The course bibliography. */
    bibliography: join(contentDir, 'references.bib'),
  };
}

/** The site's static files, served from the site root. */
export const PUBLIC_DIR = 'public';

/** Astro's cache folder (its default `cacheDir`), where `npm run check` keeps what the build keeps too. */
export const CACHE_DIR = 'node_modules/.astro';
