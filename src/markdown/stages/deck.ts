import rehypeKatex from 'rehype-katex';
import type { Preset } from 'unified';
import type { PipelineOptions } from '../pipeline.ts';
import rehypeBasePath from '../rehype-base-path.ts';
import rehypeFigureCredits from '../rehype-figure-credits.ts';
import rehypeHeldContent from '../rehype-held-content.ts';
import rehypeImages from '../rehype-images.ts';
import rehypeLeakGuard from '../rehype-leak-guard.ts';
import rehypeLectureViews from '../rehype-lecture-views.ts';
import rehypeMathErrors from '../rehype-math-errors.ts';
import rehypeMathPositions from '../rehype-math-positions.ts';
import rehypeSlideMedia from '../rehype-slide-media.ts';

/** KaTeX settings: MathML for screen readers and copy, HTML for looks. */
const katexOptions = { output: 'htmlAndMathml', strict: 'ignore' } as const;

/**
 * What both views show, finished: maths by KaTeX (its errors at their lines), pictures, credits and
 * slide media, the check for syntax left in the text, held content put back, site paths under the
 * base path; then the deck and the slide list are cut out and serialised (`file.data.lectureViews`).
 */
export function deck({ images, base }: Pick<PipelineOptions, 'images' | 'base'>): Preset {
  return {
    plugins: [
      rehypeMathPositions,
      [rehypeKatex, katexOptions],
      rehypeMathErrors,
      [rehypeImages, { images }],
      rehypeFigureCredits,
      rehypeSlideMedia,
      rehypeLeakGuard,
      rehypeHeldContent,
      [rehypeBasePath, { base }],
      rehypeLectureViews,
    ],
  };
}
