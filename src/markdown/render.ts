import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import type { VFile } from 'vfile';
import { lecturePlugins, markdownOptions, type PipelineOptions } from './index.ts';
import { lectureViewsOf, type LectureViews } from './lecture-views.ts';

/** What rendering one lecture body outside Astro gives. */
export interface RenderedLecture {
  /** The notes view: the HTML Astro would put on the notes page. */
  notesHtml: string;
  /** The deck view and slide list (absent only if rendering stopped early). */
  views?: LectureViews;
  /** Every diagnostic the pipeline reported, errors and warnings. */
  messages: VFile['messages'];
}

/** Where a body comes from: its file (positions count from the file's top) and frontmatter. */
export interface RenderSource {
  absolutePath?: string;
  frontmatter?: Record<string, unknown>;
}

/** Renders one lecture body. */
export type LectureRenderer = (markdown: string, source?: RenderSource) => Promise<RenderedLecture>;

/**
 * The lecture pipeline exactly as Astro runs it (Astro's own processor with
 * the same plugins and Shiki), but collecting diagnostics instead of throwing.
 * Used by `npm run check`, the benchmark floor and the unit tests.
 */
export async function createLectureRenderer(options: Pick<PipelineOptions, 'citations'> = {}): Promise<LectureRenderer> {
  let messages: VFile['messages'] = [];
  const renderer = await createMarkdownProcessor({
    ...markdownOptions,
    ...lecturePlugins({ ...options, onReport: (file) => void (messages = file.messages) }),
  } as Parameters<typeof createMarkdownProcessor>[0]);

  return async (markdown, { absolutePath, frontmatter = {} } = {}) => {
    messages = [];
    const fileURL = absolutePath ? pathToFileURL(absolutePath) : undefined;
    const result = await renderer.render(markdown, { fileURL, frontmatter: { ...frontmatter } });
    return { notesHtml: result.code, views: lectureViewsOf(result.metadata.frontmatter), messages };
  };
}
