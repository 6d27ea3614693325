// @ts-check
import { defineConfig, sharpImageService } from 'astro/config';
import { lectureSiteBuild } from './src/build/integration.ts';
import { contentError } from './src/collection/content-error.ts';
import { loadCourse } from './src/course-files/course.ts';
import { basePath } from './src/course-files/site-config.ts';

/** The course and its base path; a bad course.yaml or BASE_PATH stops Astro with the problems at their lines, no stack. */
function siteSettings() {
  try {
    const course = loadCourse();
    return { course, base: basePath(course) };
  } catch (error) {
    throw contentError(/** @type {Error} */ (error).message, 'Fix course.yaml (or BASE_PATH) and run the command again.');
  }
}

const { course, base } = siteSettings();

// Lectures are compiled by the content loader (src/collection/), not by Astro's Markdown pipeline;
// the integration adds the search index after the pages are written.
export default defineConfig({
  output: 'static',
  site: course.site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [lectureSiteBuild({ language: course.language })],
  // Lecture pictures become AVIF and WebP (src/collection/lecture-images.ts); AVIF's default effort takes
  // over ten times as long as effort 2 on a photograph for a file a few per cent smaller.
  image: { service: sharpImageService({ avif: { effort: 2 } }) },
  devToolbar: { enabled: false },
});
