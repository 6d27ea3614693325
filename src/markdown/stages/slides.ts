import type { Preset } from 'unified';
import type { DocumentKind } from '../../model/lecture.ts';
import type { PipelineOptions } from '../pipeline.ts';
import remarkCellOutputFit from '../remark-cell-output-fit.ts';
import remarkCitations from '../remark-citations.ts';
import remarkCodeMeta from '../remark-code-meta.ts';
import remarkCrossrefs from '../remark-crossrefs.ts';
import remarkElementAttributes from '../remark-element-attributes.ts';
import remarkFragments from '../remark-fragments.ts';
import remarkOverflowCheck from '../remark-overflow-check.ts';
import remarkPaginate from '../remark-paginate.ts';
import remarkQuiz from '../remark-quiz.ts';
import remarkSlideMedia from '../remark-slide-media.ts';
import remarkSlideFit from '../remark-slide-fit.ts';
import remarkSlideRules from '../remark-slide-rules.ts';
import remarkSlides from '../remark-slides.ts';

/**
 * The lecture cut into slides, and what needs to know its slide: backgrounds and slide rules, self-check questions,
 * cross-references and citations (they link to slides), fragments, code steps, attributes; then, with every block
 * what it is on a slide, the slides too tall for their frame continued on the next (or, not paginated, their cell
 * outputs moved to the notes), what still does not fit laid out to scroll, and the overflow check.
 */
export function slides({ siteFiles, citations, images, course }: Pick<PipelineOptions, 'siteFiles' | 'citations' | 'images' | 'course'>, kind: DocumentKind = 'lecture'): Preset {
  // A course page has no deck: nothing of it has to fit a slide.
  const fit: Preset['plugins'] = kind === 'page' ? [] : [
    [remarkPaginate, { images, course }],
    [remarkCellOutputFit, { images, course }],
    [remarkSlideFit, { images, course }],
    [remarkOverflowCheck, { images, course }],
  ];
  return {
    plugins: [
      remarkSlides,
      [remarkSlideMedia, { siteFiles }],
      remarkSlideRules,
      remarkQuiz,
      remarkCrossrefs,
      [remarkCitations, { context: citations }],
      remarkFragments,
      remarkCodeMeta,
      remarkElementAttributes,
      ...fit,
    ],
  };
}
