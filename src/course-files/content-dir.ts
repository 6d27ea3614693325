import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The files of one course folder (README: The course folder). */
export function courseFiles(contentDir: string) {
  return {
    /** The course folder itself. */
    root: contentDir,
    /** Folder of the lecture files. */
    lectures: join(contentDir, 'lectures'),
    /** Folder of the course pages (syllabus, resources …): pages of the site without a deck. */
    pages: join(contentDir, 'pages'),
    /** The course configuration. */
    course: join(contentDir, 'course.yaml'),
    /** The course bibliography. */
    bibliography: join(contentDir, 'references.bib'),
    /** The course's static files, served at the site root (`public/logo.svg` is `/logo.svg`). */
    public: join(contentDir, 'public'),
  };
}

/**
 * The package's own static files (a favicon): served at the site root where
 * the course's `public/` has no file of that name.
 */
export const PACKAGE_PUBLIC_DIR = fileURLToPath(new URL('../../public/', import.meta.url));

const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The project the package is installed in (`<project>/node_modules/lecture-site`), or the package's own
 * checkout: Astro's root, which must hold the package's pages, and where its packages resolve from.
 * A course folder may be anywhere.
 */
export const PROJECT_ROOT = basename(dirname(PACKAGE_ROOT)) === 'node_modules' ? dirname(dirname(PACKAGE_ROOT)) : PACKAGE_ROOT;

/** Astro's cache folder (its default `cacheDir`, in the project); `check` keeps there what the build keeps too. */
export const CACHE_DIR = join(PROJECT_ROOT, 'node_modules', '.astro');
