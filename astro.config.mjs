// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { COURSE_FILE } from './src/lib/content-dir.ts';
import { loadCourse } from './src/lib/course.ts';
import { pipelineDigest } from './src/lib/pipeline-digest.ts';
import { basePath } from './src/lib/site-config.ts';
import { lecturePlugins, markdownOptions } from './src/markdown/index.ts';
import { BIBLIOGRAPHY_FILE } from './src/references/context.ts';

const course = loadCourse();
const base = basePath(course);
// Astro reuses rendered Markdown until its config changes: the digest makes pipeline changes count.
const cacheKey = pipelineDigest([COURSE_FILE, BIBLIOGRAPHY_FILE]);

// Astro 7's default Markdown processor ignores remark/rehype plugins, so the
// lecture pipeline is registered through the unified processor.
export default defineConfig({
  output: 'static',
  site: course.site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: { ...markdownOptions, processor: unified(lecturePlugins({ base, cacheKey })) },
  devToolbar: { enabled: false },
});
