import { VFile } from 'vfile';
import { compileLecture } from '../../src/compile/compile-lecture.ts';
import type { CompileContext } from '../../src/compile/context.ts';
import { lectureRenderer, readMarkdown } from '../../src/compile/parse-lecture.ts';
import { CACHE_DIR } from '../../src/course-files/content-dir.ts';
import { readCourseConfig } from '../../src/course-files/course.ts';
import { listSiteFiles, siteFolders } from '../../src/course-files/read-course.ts';
import { readImageFiles } from '../../src/course-files/read-images.ts';
import type { ImageFiles } from '../../src/markdown/image-files.ts';
import type {} from '../../src/markdown/lecture-file.ts';
import type {} from '../../src/markdown/rehype-lecture-views.ts';
import type {} from '../../src/markdown/remark-internal-links.ts';
import type {} from '../../src/markdown/rehype-style-classes.ts';
import { lectureStages, type PipelineOptions } from '../../src/markdown/pipeline.ts';
import type { CellOutputsData } from '../../src/markdown/remark-executed-cells.ts';
import type { LectureData } from '../../src/schemas/lecture.ts';
import { fixtureCitations } from './citations.ts';

const GOOD = 'tests/fixtures/good';
let goodImages: Promise<ImageFiles> | undefined;

/** The image files of the good fixture and of the site's static folders, read once per test process. */
function fixtureImages(): Promise<ImageFiles> {
  return (goodImages ??= readImageFiles(GOOD, siteFolders(GOOD), `${CACHE_DIR}/lecture-site`));
}

/** The pipeline over the fixture bibliography, the good fixture's images and the site's static files, after the lecture syntax. */
export function fixturePipeline(options: Partial<PipelineOptions> = {}) {
  let render: ReturnType<typeof lectureRenderer> | undefined;
  const run = async (file: VFile) => {
    render ??= lectureRenderer(lectureStages({ citations: fixtureCitations(), base: '/', siteFiles: listSiteFiles(siteFolders(GOOD)), embedHosts: [], images: await fixtureImages(), ...options }));
    return render(readMarkdown(file), file);
  };
  /**
   * Run a lecture body (no frontmatter; lines count from its first line)
   * through the Markdown pipeline; fail if no views came out. The path (it
   * need not exist) names the lecture for the slide ↔ notes links; `cellOutputs` are the outputs
   * its code cells have (a freeze, a notebook's).
   */
  return async (
    markdown: string,
    { path = 'lecture.md', data, cellOutputs }: { path?: string; data?: Partial<LectureData>; cellOutputs?: CellOutputsData } = {},
  ) => {
    const file = new VFile({
      value: markdown,
      path,
      data: { ...(data ? { lectureData: data as LectureData } : {}), ...(cellOutputs ? { cellOutputs } : {}) },
    });
    const notesHtml = await run(file);
    const views = file.data.lectureViews;
    if (!views) throw new Error('the pipeline produced no lecture views');
    return {
      notesHtml,
      views: { ...views, deckHtml: views.slides.map((slide) => slide.html).join('\n') },
      messages: file.messages,
      internalLinks: file.data.internalLinks ?? [],
      /** The stylesheet the lecture's inline styles became. */
      styles: file.data.lectureStyles ?? '',
    };
  };
}

/** The fixture pipeline with the default options. */
export const renderLecture = fixturePipeline();

/** A compile context over the good fixture's course.yaml and images, the fixture bibliography and public/ (or what `overrides` gives). */
export async function fixtureContext(overrides: Partial<CompileContext> = {}): Promise<CompileContext> {
  const { course } = readCourseConfig(`${GOOD}/course.yaml`);
  if (!course) throw new Error(`${GOOD}/course.yaml is invalid`);
  return { course, citations: fixtureCitations(), base: '/', siteFiles: listSiteFiles(siteFolders(GOOD)), embedHosts: course.embeds, images: await fixtureImages(), ...overrides };
}

/** Compile a whole lecture file's text (frontmatter included) with the core, as `npm run check` does. */
export async function compileText(text: string, path = 'content/lectures/01-test.md', context?: CompileContext) {
  return compileLecture({ path, bytes: new TextEncoder().encode(text) }, context ?? await fixtureContext());
}

/**
 * The declarations an element's style class holds in a lecture's stylesheet (rehype-style-classes), as they
 * were written in a style attribute (`position: absolute; top: 200px`), without the `!important` the class adds.
 */
export function declaredStyle(element: { properties: Record<string, unknown> } | undefined, styles: string): string | undefined {
  const name = (element?.properties.className as string[] | undefined)?.find((value) => /^s-[0-9a-f]{8}$/.test(value));
  const rule = name && new RegExp(`\\.${name}\\{([^}]*)\\}`).exec(styles)?.[1];
  return rule ? rule.split(';').map((declaration) => declaration.replace('!important', '').replace(':', ': ')).join('; ') : undefined;
}
