// @ts-check
import { defineConfig } from 'astro/config';
import { lectureSiteBuild } from './src/build/integration.ts';
import { loadCourse } from './src/course-files/course.ts';
import { basePath } from './src/course-files/site-config.ts';

const course = loadCourse();

// Lectures are compiled by the content loader (src/collection/), not by Astro's Markdown pipeline;
// the integration adds the search index after the pages are written.
export default defineConfig({
  output: 'static',
  site: course.site,
  base: basePath(course),
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [lectureSiteBuild({ language: course.language })],
  devToolbar: { enabled: false },
});
