// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { loadCourse } from './src/lib/course.ts';
import { basePath } from './src/lib/site-config.ts';
import { lecturePlugins, markdownOptions } from './src/markdown/index.ts';

const course = loadCourse();
const base = basePath(course);

// Astro 7's default Markdown processor ignores remark/rehype plugins, so the
// lecture pipeline is registered through the unified processor.
export default defineConfig({
  output: 'static',
  site: course.site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: { ...markdownOptions, processor: unified(lecturePlugins({ base })) },
  devToolbar: { enabled: false },
});
