import { rehypeShiki, type ShikiConfig } from '@astrojs/markdown-remark';
import rehypeKatex from 'rehype-katex';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import type { CitationContext } from '../references/context.ts';
import rehypeBasePath from './rehype-base-path.ts';
import rehypeCopyButtons from './rehype-copy-buttons.ts';
import rehypeFigureCredits from './rehype-figure-credits.ts';
import rehypeFigureZoom from './rehype-figure-zoom.ts';
import rehypeImages from './rehype-images.ts';
import rehypeLectureViews from './rehype-lecture-views.ts';
import rehypeSlideMedia from './rehype-slide-media.ts';
import rehypeMathErrors from './rehype-math-errors.ts';
import rehypeMathPositions from './rehype-math-positions.ts';
import rehypeNotesImages from './rehype-notes-images.ts';
import remarkCallouts from './remark-callouts.ts';
import remarkCitations from './remark-citations.ts';
import remarkCodeMeta from './remark-code-meta.ts';
import remarkColumns from './remark-columns.ts';
import remarkDiagrams from './remark-diagrams.ts';
import remarkDirectiveNames from './remark-directive-names.ts';
import remarkEquationNumbers from './remark-equation-numbers.ts';
import remarkFigures from './remark-figures.ts';
import remarkFragments from './remark-fragments.ts';
import remarkImageAttributes from './remark-image-attributes.ts';
import remarkImageChecks from './remark-image-checks.ts';
import remarkInternalLinks from './remark-internal-links.ts';
import remarkOverflowCheck from './remark-overflow-check.ts';
import remarkSlideRules from './remark-slide-rules.ts';
import remarkSlides from './remark-slides.ts';
import remarkStretch from './remark-stretch.ts';
import remarkUnclosedBlocks from './remark-unclosed-blocks.ts';
import remarkViewBlocks from './remark-view-blocks.ts';
import { shikiCodeSteps } from './shiki-code-steps.ts';
import type { ImageFiles } from './image-files.ts';

/** KaTeX settings: MathML for screen readers and copy, HTML for looks. */
const katexOptions = { output: 'htmlAndMathml', strict: 'ignore' } as const;

/** Shiki at build time, one light and one dark theme: colours as CSS variables that code.css picks from by the page's color-scheme. */
const shikiConfig: ShikiConfig = {
  // The high-contrast pair keeps every token at WCAG AA contrast on both backgrounds.
  themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
  defaultColor: false,
  transformers: [shikiCodeSteps()],
};

/** What the pipeline needs to know of the course; it reads no file itself. */
export interface PipelineOptions {
  /** The bibliography and citation style citations resolve against. */
  citations: CitationContext;
  /** Base path the site is served under (`/` or `/name/`). */
  base: string;
  /** Every image file a lecture may show, with its size or its problem. */
  images: ImageFiles;
}

/**
 * The lecture pipeline: Markdown (CommonMark, GFM, maths, directives) to the
 * notes HTML, with the deck and the slide list in `file.data.lectureViews`
 * and every problem in `file.messages`. Shiki runs before our rehype plugins.
 */
export function createLecturePipeline({ citations, base, images }: PipelineOptions): (file: VFile) => Promise<VFile> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkSmartypants)
    .use(remarkMath)
    .use(remarkDirective)
    .use(remarkUnclosedBlocks)
    .use(remarkDirectiveNames)
    .use(remarkImageChecks, { images })
    .use(remarkImageAttributes)
    .use(remarkInternalLinks)
    .use(remarkViewBlocks)
    .use(remarkCallouts)
    .use(remarkFigures)
    .use(remarkDiagrams)
    .use(remarkEquationNumbers)
    .use(remarkColumns)
    .use(remarkStretch)
    .use(remarkSlides)
    .use(remarkSlideRules)
    .use(remarkCitations, { context: citations })
    .use(remarkFragments)
    .use(remarkCodeMeta)
    .use(remarkOverflowCheck, { images })
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeShiki, shikiConfig, ['math'])
    .use(rehypeMathPositions)
    .use(rehypeKatex, katexOptions)
    .use(rehypeMathErrors)
    .use(rehypeImages, { images })
    .use(rehypeFigureCredits)
    .use(rehypeSlideMedia)
    .use(rehypeBasePath, { base })
    .use(rehypeLectureViews)
    // The deck is serialised by now: what follows shapes the notes view only.
    .use(rehypeCopyButtons)
    .use(rehypeNotesImages)
    .use(rehypeFigureZoom)
    .use(rehypeRaw)
    .use(rehypeStringify, { allowDangerousHtml: true });
  return (file) => processor.process(file);
}
