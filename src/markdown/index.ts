import type { AstroMarkdownOptions, RehypePlugins, RemarkPlugins, ShikiConfig } from '@astrojs/markdown-remark';
import rehypeKatex from 'rehype-katex';
import remarkDirective from 'remark-directive';
import remarkMath from 'remark-math';
import rehypeBasePath from './rehype-base-path.ts';
import rehypeCopyButtons from './rehype-copy-buttons.ts';
import rehypeLectureViews from './rehype-lecture-views.ts';
import rehypeMathErrors from './rehype-math-errors.ts';
import rehypeMathPositions from './rehype-math-positions.ts';
import rehypeReportDiagnostics, { type ReportOptions } from './rehype-report-diagnostics.ts';
import { courseCitations, type CitationContextProvider } from '../references/context.ts';
import remarkCitations from './remark-citations.ts';
import remarkCallouts from './remark-callouts.ts';
import remarkCodeMeta from './remark-code-meta.ts';
import remarkEquationNumbers from './remark-equation-numbers.ts';
import remarkFigures from './remark-figures.ts';
import remarkDirectiveNames from './remark-directive-names.ts';
import remarkImageChecks from './remark-image-checks.ts';
import remarkInternalLinks from './remark-internal-links.ts';
import remarkUnclosedBlocks from './remark-unclosed-blocks.ts';
import remarkColumns from './remark-columns.ts';
import remarkFragments from './remark-fragments.ts';
import remarkOverflowCheck from './remark-overflow-check.ts';
import remarkSlideRules from './remark-slide-rules.ts';
import remarkSlides from './remark-slides.ts';
import remarkSourceLines from './remark-source-lines.ts';
import remarkStretch from './remark-stretch.ts';
import remarkViewBlocks from './remark-view-blocks.ts';
import { shikiCodeSteps } from './shiki-code-steps.ts';

/** KaTeX settings: MathML for screen readers and copy, HTML for looks. */
export const katexOptions = { output: 'htmlAndMathml', strict: 'ignore' } as const;

/** Shiki at build time, one light and one dark theme: colours as CSS variables that code.css picks from by the page's color-scheme. */
export const shikiConfig: ShikiConfig = {
  // The high-contrast pair keeps every token at WCAG AA contrast on both backgrounds.
  themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
  defaultColor: false,
  transformers: [shikiCodeSteps()],
};

/** What can be swapped in the pipeline: where diagnostics go, what citations resolve against. */
export interface PipelineOptions extends ReportOptions {
  citations?: CitationContextProvider;
  /** Base path the site is served under (`/` or `/name/`). */
  base?: string;
}

/**
 * The remark and rehype plugins in the order they must run. Astro's own
 * remark-gfm, smartypants and Shiki run around them (Shiki before our rehype
 * plugins), so the same lists serve `astro.config.mjs`, `npm run check`,
 * the benchmark floor and the unit tests.
 */
export function lecturePlugins({ citations = courseCitations, base = '/', ...report }: PipelineOptions = {}): {
  remarkPlugins: RemarkPlugins;
  rehypePlugins: RehypePlugins;
} {
  return {
    remarkPlugins: [
      remarkSourceLines,
      remarkMath,
      remarkDirective,
      remarkUnclosedBlocks,
      remarkDirectiveNames,
      remarkImageChecks,
      remarkInternalLinks,
      remarkViewBlocks,
      remarkCallouts,
      remarkFigures,
      remarkEquationNumbers,
      remarkColumns,
      remarkStretch,
      remarkSlides,
      remarkSlideRules,
      [remarkCitations, { context: citations }],
      remarkFragments,
      remarkCodeMeta,
      remarkOverflowCheck,
    ],
    rehypePlugins: [
      rehypeMathPositions,
      [rehypeKatex, katexOptions],
      rehypeMathErrors,
      [rehypeBasePath, { base }],
      rehypeLectureViews,
      // The deck is serialised by now: what follows shapes the notes view only.
      rehypeCopyButtons,
      [rehypeReportDiagnostics, report],
    ],
  };
}

/** Everything Astro's Markdown processor needs besides the plugin lists. */
export const markdownOptions = {
  syntaxHighlight: { type: 'shiki' as const, excludeLangs: ['math'] },
  shikiConfig,
} satisfies Partial<AstroMarkdownOptions>;
