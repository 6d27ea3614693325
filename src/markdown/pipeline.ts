import { rehypeShiki, type ShikiConfig } from '@astrojs/markdown-remark';
import rehypeKatex from 'rehype-katex';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import type { CitationContext } from '../references/context.ts';
import rehypeBasePath from './rehype-base-path.ts';
import rehypeHeldContent from './rehype-held-content.ts';
import rehypeCopyButtons from './rehype-copy-buttons.ts';
import rehypeHtmlPolicy from './rehype-html-policy.ts';
import { lectureHtmlSchema } from './html-schema.ts';
import rehypeLeakGuard from './rehype-leak-guard.ts';
import rehypeFigureCredits from './rehype-figure-credits.ts';
import rehypeFigureZoom from './rehype-figure-zoom.ts';
import rehypeImages from './rehype-images.ts';
import rehypeLectureViews from './rehype-lecture-views.ts';
import rehypeSlideMedia from './rehype-slide-media.ts';
import rehypeStyleClasses from './rehype-style-classes.ts';
import rehypeMathErrors from './rehype-math-errors.ts';
import rehypeMathPositions from './rehype-math-positions.ts';
import rehypeTabsets from './rehype-tabsets.ts';
import rehypeNotesImages from './rehype-notes-images.ts';
import remarkCallouts from './remark-callouts.ts';
import remarkCellOutputFit from './remark-cell-output-fit.ts';
import remarkCitations from './remark-citations.ts';
import remarkCodeAttributes from './remark-code-attributes.ts';
import remarkCodeMeta from './remark-code-meta.ts';
import remarkColumns from './remark-columns.ts';
import remarkCrossrefs from './remark-crossrefs.ts';
import remarkDiagrams from './remark-diagrams.ts';
import remarkDirectiveNames from './remark-directive-names.ts';
import remarkEquationNumbers from './remark-equation-numbers.ts';
import remarkElementAttributes from './remark-element-attributes.ts';
import remarkExecutedCells from './remark-executed-cells.ts';
import remarkFigures from './remark-figures.ts';
import remarkFragments from './remark-fragments.ts';
import remarkHeadingAttributes from './remark-heading-attributes.ts';
import remarkImageAttributes from './remark-image-attributes.ts';
import remarkImageChecks from './remark-image-checks.ts';
import remarkMathChecks from './remark-math-checks.ts';
import remarkInternalLinks from './remark-internal-links.ts';
import remarkMystPageDirectives from './remark-myst-page-directives.ts';
import remarkMystRoles from './remark-myst-roles.ts';
import remarkOverflowCheck from './remark-overflow-check.ts';
import remarkPanelTabset from './remark-panel-tabset.ts';
import remarkQuiz from './remark-quiz.ts';
import remarkShortcodes from './remark-shortcodes.ts';
import remarkPandocSyntax from './pandoc/index.ts';
import remarkSlideBlocks from './remark-slide-blocks.ts';
import remarkSlideMedia from './remark-slide-media.ts';
import remarkSlideRules from './remark-slide-rules.ts';
import remarkSlides from './remark-slides.ts';
import remarkStretch from './remark-stretch.ts';
import remarkSubSuperscript from './remark-sub-superscript.ts';
import remarkTableCaptions from './remark-table-captions.ts';
import remarkUnclosedBlocks from './remark-unclosed-blocks.ts';
import remarkViewBlocks from './remark-view-blocks.ts';
import { shikiCodeSteps } from './shiki-code-steps.ts';
import type { ImageFiles } from './image-files.ts';
import type { SiteFiles } from './site-files.ts';

/** The HTML a lecture may contain (README: Security and trust). */
const HTML_SCHEMA = lectureHtmlSchema();

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
  /** Files of `public/`, which images and links may point at. */
  siteFiles: SiteFiles;
  /** Hosts whose iframes, images and media a lecture may embed (course.yaml `embeds:`). */
  embedHosts: readonly string[];
  /** Every image file a lecture may show, with its size or its problem. */
  images: ImageFiles;
}

/**
 * The lecture pipeline: Markdown (CommonMark, GFM, maths, Pandoc/Quarto/MyST syntax) to the
 * notes HTML, with the deck and the slide list in `file.data.lectureViews`
 * and every problem in `file.messages`. Shiki runs before our rehype plugins.
 */
export function createLecturePipeline({ citations, base, siteFiles, embedHosts, images }: PipelineOptions): (file: VFile) => Promise<VFile> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkSmartypants)
    .use(remarkMath)
    .use(remarkPandocSyntax)
    .use(remarkUnclosedBlocks)
    .use(remarkMathChecks)
    .use(remarkExecutedCells)
    .use(remarkMystPageDirectives)
    .use(remarkDirectiveNames)
    .use(remarkCodeAttributes)
    .use(remarkShortcodes, { siteFiles })
    .use(remarkMystRoles)
    .use(remarkSubSuperscript)
    .use(remarkImageChecks, { images })
    .use(remarkImageAttributes)
    .use(remarkInternalLinks)
    .use(remarkViewBlocks)
    .use(remarkCallouts)
    .use(remarkSlideBlocks)
    .use(remarkPanelTabset)
    .use(remarkFigures)
    .use(remarkDiagrams)
    .use(remarkTableCaptions)
    .use(remarkEquationNumbers)
    .use(remarkColumns)
    .use(remarkStretch)
    .use(remarkHeadingAttributes)
    .use(remarkSlides)
    .use(remarkSlideMedia, { siteFiles })
    .use(remarkSlideRules)
    .use(remarkQuiz)
    .use(remarkCrossrefs)
    .use(remarkCitations, { context: citations })
    .use(remarkFragments)
    .use(remarkCodeMeta)
    .use(remarkElementAttributes)
    .use(remarkCellOutputFit)
    .use(remarkOverflowCheck, { images })
    .use(remarkRehype, { allowDangerousHtml: true })
    // Shiki first: it reads each code block's meta from hast `data`, which parsing raw HTML drops.
    .use(rehypeShiki, shikiConfig, ['math'])
    // Raw HTML joins the tree here, so the policy and the sanitiser see all of it before KaTeX and the views.
    .use(rehypeRaw)
    .use(rehypeHtmlPolicy, { schema: HTML_SCHEMA, embedHosts })
    .use(rehypeSanitize, HTML_SCHEMA)
    .use(rehypeStyleClasses, { siteFiles })
    .use(rehypeMathPositions)
    .use(rehypeKatex, katexOptions)
    .use(rehypeMathErrors)
    .use(rehypeImages, { images })
    .use(rehypeFigureCredits)
    .use(rehypeSlideMedia)
    .use(rehypeLeakGuard)
    .use(rehypeHeldContent)
    .use(rehypeBasePath, { base })
    .use(rehypeLectureViews)
    // The deck is serialised by now: what follows shapes the notes view only.
    .use(rehypeCopyButtons)
    .use(rehypeTabsets)
    .use(rehypeNotesImages)
    .use(rehypeFigureZoom)
    .use(rehypeStringify, { allowDangerousHtml: true });
  return (file) => processor.process(file);
}
