// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { lecturePlugins, markdownOptions } from './src/markdown/index.ts';

// Astro 7's default Markdown processor ignores remark/rehype plugins, so the
// lecture pipeline is registered through the unified processor.
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: { ...markdownOptions, processor: unified(lecturePlugins()) },
  devToolbar: { enabled: false },
});
