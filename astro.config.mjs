// @ts-check
import { defineConfig, sharpImageService } from 'astro/config';
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
  // Lecture pictures become AVIF and WebP (src/collection/lecture-images.ts); AVIF's default effort takes
  // over ten times as long as effort 2 on a photograph for a file a few per cent smaller.
  image: { service: sharpImageService({ avif: { effort: 2 } }) },
  devToolbar: { enabled: false },
});
