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
import remarkQuiz from '../remark-quiz.ts';
import remarkSlideMedia from '../remark-slide-media.ts';
import remarkSlideRules from '../remark-slide-rules.ts';
import remarkSlides from '../remark-slides.ts';

/**
 * The lecture cut into slides, and what needs to know its slide: backgrounds and slide rules, self-check questions,
 * cross-references and citations (they link to slides), fragments, code steps, attributes, and the
 * overflow check with the cell outputs it moves to the notes (a lecture's only).
 */
export function slides({ siteFiles, citations, images }: Pick<PipelineOptions, 'siteFiles' | 'citations' | 'images'>, kind: DocumentKind = 'lecture'): Preset {
  // A course page has no deck: nothing of it has to fit a slide.
  const fit: Preset['plugins'] = kind === 'page' ? [] : [remarkCellOutputFit, [remarkOverflowCheck, { images }]];
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
