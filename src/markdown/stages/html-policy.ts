import { rehypeShiki, type ShikiConfig } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import remarkRehype from 'remark-rehype';
import type { Preset } from 'unified';
import { lectureHtmlSchema } from '../html-schema.ts';
import type { PipelineOptions } from '../pipeline.ts';
import rehypeHtmlPolicy from '../rehype-html-policy.ts';
import rehypeStyleClasses from '../rehype-style-classes.ts';
import { shikiCodeSteps } from '../shiki-code-steps.ts';

/** The HTML a lecture may contain (README: Security and trust). */
const HTML_SCHEMA = lectureHtmlSchema();

/** Shiki at build time, one light and one dark theme: colours as CSS variables that code.css picks from by the page's color-scheme. */
const shikiConfig: ShikiConfig = {
  // The high-contrast pair keeps every token at WCAG AA contrast on both backgrounds.
  themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
  defaultColor: false,
  transformers: [shikiCodeSteps()],
};

/**
 * The lecture as HTML, held to one policy: code highlighted by Shiki first (it reads each code
 * block's meta from hast `data`, which parsing raw HTML drops), then raw HTML joins the tree and is
 * checked (each refusal an error at its line) and sanitised with the same schema; the lecture's own
 * inline styles, checked, become classes of its stylesheet.
 */
export function htmlPolicy({ embedHosts, siteFiles }: Pick<PipelineOptions, 'embedHosts' | 'siteFiles'>): Preset {
  return {
    plugins: [
      [remarkRehype, { allowDangerousHtml: true }],
      [rehypeShiki, shikiConfig, ['math']],
      rehypeRaw,
      [rehypeHtmlPolicy, { schema: HTML_SCHEMA, embedHosts }],
      [rehypeSanitize, HTML_SCHEMA],
      [rehypeStyleClasses, { siteFiles }],
    ],
  };
}
