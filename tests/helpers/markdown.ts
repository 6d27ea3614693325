import { createLectureRenderer, type RenderSource } from '../../src/markdown/render.ts';
import type { LectureViews } from '../../src/markdown/lecture-views.ts';
import { fixtureCitations } from './citations.ts';

const render = await createLectureRenderer({ citations: fixtureCitations() });

/**
 * Render Markdown exactly as Astro does for a lecture; fail if no views came
 * out. Pass a path (it need not exist) to get the slide ↔ notes links.
 */
export async function renderLecture(markdown: string, source?: RenderSource) {
  const result = await render(markdown, source);
  if (!result.views) throw new Error('the pipeline produced no lecture views');
  return { ...result, views: result.views as LectureViews };
}
