import type { AstroMarkdownOptions, RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import rehypeKatex from 'rehype-katex';
import remarkDirective from 'remark-directive';
import remarkMath from 'remark-math';
import rehypeLectureViews from './rehype-lecture-views.ts';
import rehypeMathErrors from './rehype-math-errors.ts';
import rehypeMathPositions from './rehype-math-positions.ts';
import rehypeReportDiagnostics, { type ReportOptions } from './rehype-report-diagnostics.ts';
import remarkSlides from './remark-slides.ts';
import remarkSourceLines from './remark-source-lines.ts';
import remarkViewBlocks from './remark-view-blocks.ts';

/** KaTeX settings: MathML for screen readers and copy, HTML for looks. */
export const katexOptions = { output: 'htmlAndMathml', strict: 'ignore' } as const;

/** Shiki at build time, one light and one dark theme switched by CSS variables. */
export const shikiConfig = {
  themes: { light: 'github-light', dark: 'github-dark' },
  defaultColor: 'light',
} as const;

/**
 * The remark and rehype plugins in the order they must run. Astro's own
 * remark-gfm, smartypants and Shiki run around them (Shiki before our rehype
 * plugins), so the same lists serve `astro.config.mjs`, `npm run check`,
 * the benchmark floor and the unit tests.
 */
export function lecturePlugins(report: ReportOptions = {}): {
  remarkPlugins: RemarkPlugins;
  rehypePlugins: RehypePlugins;
} {
  return {
    remarkPlugins: [remarkSourceLines, remarkMath, remarkDirective, remarkViewBlocks, remarkSlides],
    rehypePlugins: [
      rehypeMathPositions,
      [rehypeKatex, katexOptions],
      rehypeMathErrors,
      rehypeLectureViews,
      [rehypeReportDiagnostics, report],
    ],
  };
}

/** Everything Astro's Markdown processor needs besides the plugin lists. */
export const markdownOptions = {
  syntaxHighlight: { type: 'shiki', excludeLangs: ['math'] },
  shikiConfig,
} satisfies Partial<AstroMarkdownOptions>;
