import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor, parseFrontmatter } from '@astrojs/markdown-remark';
import type { VFile } from 'vfile';
import { lecturePlugins, markdownOptions, type PipelineOptions } from './index.ts';
import { lectureViewsOf, type LectureViews } from './lecture-views.ts';
import type { InternalLink } from './remark-internal-links.ts';

/** What rendering one lecture body outside Astro gives. */
export interface RenderedLecture {
  /** The notes view: the HTML Astro would put on the notes page. */
  notesHtml: string;
  /** Render metadata in the shape Astro's content store keeps (headings, frontmatter, image paths). */
  metadata: Record<string, unknown>;
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

/** What Astro's glob loader renders of a Markdown file: the trimmed body and the raw YAML data. */
export interface AstroEntry {
  body: string;
  frontmatter: Record<string, unknown>;
}

/**
 * Split a lecture file as Astro's content loader does, so a render made here
 * is the render Astro would make. Undefined when the frontmatter is not YAML.
 */
export function astroEntryOf(text: string): AstroEntry | undefined {
  try {
    const parsed = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
    return { body: parsed.content.trim(), frontmatter: parsed.frontmatter };
  } catch {
    return undefined;
  }
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
    const { localImagePaths, remoteImagePaths } = result.metadata;
    return {
      notesHtml: result.code,
      metadata: { ...result.metadata, imagePaths: [...localImagePaths, ...remoteImagePaths] },
      views: lectureViewsOf(result.metadata.frontmatter),
      messages: file?.messages ?? [],
      internalLinks: file?.data.internalLinks ?? [],
    };
  };
}
