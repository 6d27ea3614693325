import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import type { VFile } from 'vfile';
import { lecturePlugins, markdownOptions, type PipelineOptions } from './index.ts';
import { lectureViewsOf, type LectureViews } from './lecture-views.ts';
import type { InternalLink } from './remark-internal-links.ts';

/** What rendering one lecture body outside Astro gives. */
export interface RenderedLecture {
  /** The notes view: the HTML Astro would put on the notes page. */
  notesHtml: string;
  /** The deck view and slide list (absent only if rendering stopped early). */
  views?: LectureViews;
  /** Every diagnostic the pipeline reported, errors and warnings. */
  messages: VFile['messages'];
  /** Links to other places of the course, for the course-wide check. */
  internalLinks: InternalLink[];
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
export async function createLectureRenderer(options: Pick<PipelineOptions, 'citations' | 'base'> = {}): Promise<LectureRenderer> {
  let reported: VFile | undefined;
  const renderer = await createMarkdownProcessor({
    ...markdownOptions,
    ...lecturePlugins({ ...options, onReport: (file) => void (reported = file) }),
  } as Parameters<typeof createMarkdownProcessor>[0]);

  return async (markdown, { absolutePath, frontmatter = {} } = {}) => {
    reported = undefined;
    const fileURL = absolutePath ? pathToFileURL(absolutePath) : undefined;
    const result = await renderer.render(markdown, { fileURL, frontmatter: { ...frontmatter } });
    // Set by the last plugin during render(); TypeScript cannot see that assignment.
    const file = reported as VFile | undefined;
    return {
      notesHtml: result.code,
      views: lectureViewsOf(result.metadata.frontmatter),
      messages: file?.messages ?? [],
      internalLinks: file?.data.internalLinks ?? [],
    };
  };
}
