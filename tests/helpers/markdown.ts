import { createLectureRenderer } from '../../src/markdown/render.ts';
import type { LectureViews } from '../../src/markdown/lecture-views.ts';

const render = await createLectureRenderer();

/** Render Markdown exactly as Astro does for a lecture; fail if no views came out. */
export async function renderLecture(markdown: string) {
  const result = await render(markdown);
  if (!result.views) throw new Error('the pipeline produced no lecture views');
  return { ...result, views: result.views as LectureViews };
}
