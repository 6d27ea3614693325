import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroInlineConfig, AstroUserConfig } from 'astro';
import { sharpImageService } from 'astro/config';
import { contentError } from '../collection/content-error.ts';
import { courseFiles, PROJECT_ROOT } from '../course-files/content-dir.ts';
import { loadCourse } from '../course-files/course.ts';
import { basePath } from '../course-files/site-config.ts';
import { lectureSite, type LectureSiteOptions } from './index.ts';

/** The package's source folder: it holds the content config (src/content.config.ts); the pages are injected routes. */
export const PACKAGE_SRC = fileURLToPath(new URL('../', import.meta.url));

/** The site's public URL and base path from course.yaml (and `BASE_PATH`); a bad one stops with its problems, no stack. */
function siteAddress(contentDir: string): { site?: string; base: string } {
  try {
    const course = loadCourse(courseFiles(contentDir).course);
    return { ...(course.site ? { site: course.site } : {}), base: basePath(course) };
  } catch (error) {
    throw contentError((error as Error).message, 'Fix course.yaml (or BASE_PATH) and run the command again.');
  }
}

/**
 * Astro's settings for a course's site: static pages with a trailing slash,
 * the course's address, lecture pictures through sharp, and the integration
 * that adds the pages and build steps. The repository's astro.config.mjs is
 * this, for its own course; the command adds where the course folder is.
 */
export function siteConfig(options: LectureSiteOptions): AstroUserConfig {
  return {
    output: 'static',
    ...siteAddress(options.contentDir),
    trailingSlash: 'always',
    build: { format: 'directory' },
    integrations: [lectureSite(options)],
    // Lecture pictures become AVIF and WebP (src/collection/lecture-images.ts); AVIF's default effort takes
    // over ten times as long as effort 2 on a photograph for a file a few per cent smaller.
    image: { service: sharpImageService({ avif: { effort: 2 } }) },
    devToolbar: { enabled: false },
  };
}

/** Where a command puts what it writes. */
export interface CommandFolders {
  /** The built site (default `dist/` in the folder the command runs in). */
  outDir?: string;
}

/**
 * The whole Astro configuration a command runs with on a course folder,
 * wherever that is: Astro's root is the project the package is installed in
 * (Astro needs the pages inside its root), the package's source folder is
 * Astro's source folder, the course's `public/` is served, and nothing is
 * read from an astro.config file.
 */
export function courseAstroConfig(options: LectureSiteOptions & CommandFolders): AstroInlineConfig {
  const { outDir, ...site } = options;
  return {
    ...siteConfig(site),
    configFile: false,
    root: PROJECT_ROOT,
    srcDir: PACKAGE_SRC,
    publicDir: courseFiles(resolve(options.contentDir)).public,
    ...(outDir ? { outDir: resolve(outDir) } : {}),
  };
}
