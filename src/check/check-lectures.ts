import { lectureIdOf } from '../markdown/lecture-views.ts';
import type { HandedRender } from '../lib/render-handoff.ts';
import { astroEntryOf, createLectureRenderer } from '../markdown/render.ts';
import type { InternalLink } from '../markdown/remark-internal-links.ts';
import { lectureSchema, type LectureData } from '../schemas/lecture.ts';
import { fromMessage, type Diagnostic } from './diagnostic.ts';
import { checkLectureFile } from './file-rules.ts';
import { checkFrontmatter, splitFrontmatter } from './frontmatter.ts';

/** A lecture file read from disk. */
export interface LectureSource {
  /** Path relative to the project folder, as printed in messages. */
  path: string;
  /** Absolute path (the pipeline reads it to number lines). */
  absolutePath: string;
  /** File contents, as read (decoded only once it is known to be UTF-8). */
  bytes: Uint8Array;
}

/** What checking one lecture found. */
export interface LectureCheck {
  /** Validated frontmatter, when valid. */
  data?: LectureData;
  diagnostics: Diagnostic[];
  /** Lecture id (file name without `.md`). */
  id: string;
  /** Bibliography keys the lecture cites. */
  citedKeys: string[];
  /** Ids of its slides, the targets of links into it. */
  slideIds: string[];
  /** Links it makes to other places of the course. */
  internalLinks: InternalLink[];
}

/** Checks one lecture: frontmatter against the schema, body through the pipeline. */
export type LectureChecker = (source: LectureSource) => Promise<LectureCheck>;

/** How a checker renders. */
export interface CheckerOptions {
  /** Site base path, as the build will use it (links in the rendered HTML carry it). */
  base?: string;
  /** Called with each render free of errors as soon as it is made, for the Astro build to reuse (see `render-handoff.ts`). */
  onRender?: (render: HandedRender) => void;
}

/**
 * A checker that runs each lecture through the very pipeline Astro uses
 * (same plugins, same Shiki, the same body and frontmatter), collecting every
 * message instead of stopping.
 */
export async function createLectureChecker({ base, onRender }: CheckerOptions = {}): Promise<LectureChecker> {
  const render = await createLectureRenderer({ base });

  return async function checkLecture(source) {
    const id = lectureIdOf(source.path)!;
    const empty = { id, citedKeys: [], slideIds: [], internalLinks: [] };
    const { text, diagnostics } = checkLectureFile(source.path, source.bytes);
    if (text === undefined) return { ...empty, diagnostics };
    const block = splitFrontmatter(text);
    if (!block) {
      diagnostics.push({
        path: source.path, line: 1, column: 1, severity: 'error', ruleId: 'frontmatter-missing',
        reason: 'The lecture has no frontmatter', fix: 'start the file with ---, title: …, number: …, ---',
      });
      return { ...empty, diagnostics };
    }
    const { data, problems } = checkFrontmatter(block, lectureSchema, Object.keys(lectureSchema.shape));
    for (const problem of problems) diagnostics.push({ path: source.path, severity: 'error', ...problem });

    const entry = astroEntryOf(text);
    const rendered = await render(entry?.body ?? block.body, { absolutePath: source.absolutePath, frontmatter: entry?.frontmatter ?? data });
    const { messages, views, internalLinks } = rendered;
    for (const message of messages) diagnostics.push(fromMessage(source.path, message));
    if (onRender && entry && !messages.some((message) => message.fatal)) {
      onRender({ filePath: source.absolutePath, body: entry.body, rendered: { html: rendered.notesHtml, metadata: rendered.metadata } });
    }
    return {
      id,
      data,
      diagnostics,
      citedKeys: views?.citations.map((use) => use.key) ?? [],
      slideIds: views?.slides.map((slide) => slide.id) ?? [],
      internalLinks,
    };
  };
}
