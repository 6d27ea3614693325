import { createLectureRenderer } from '../markdown/render.ts';
import { lectureSchema, type LectureData } from '../schemas/lecture.ts';
import { fromMessage, type Diagnostic } from './diagnostic.ts';
import { checkFrontmatter, splitFrontmatter } from './frontmatter.ts';

/** A lecture file read from disk. */
export interface LectureSource {
  /** Path relative to the project folder, as printed in messages. */
  path: string;
  /** Absolute path (the pipeline reads it to number lines). */
  absolutePath: string;
  /** File contents. */
  text: string;
}

/** What checking one lecture found. */
export interface LectureCheck {
  /** Validated frontmatter, when valid. */
  data?: LectureData;
  diagnostics: Diagnostic[];
  /** Bibliography keys the lecture cites. */
  citedKeys: string[];
}

/** Checks one lecture: frontmatter against the schema, body through the pipeline. */
export type LectureChecker = (source: LectureSource) => Promise<LectureCheck>;

/**
 * A checker that runs each lecture through the very pipeline Astro uses
 * (same plugins, same Shiki), collecting every message instead of stopping.
 */
export async function createLectureChecker(): Promise<LectureChecker> {
  const render = await createLectureRenderer();

  return async function checkLecture(source) {
    const diagnostics: Diagnostic[] = [];
    const block = splitFrontmatter(source.text);
    if (!block) {
      diagnostics.push({
        path: source.path, line: 1, column: 1, severity: 'error', ruleId: 'frontmatter-missing',
        reason: 'The lecture has no frontmatter', fix: 'start the file with ---, title: …, number: …, ---',
      });
      return { diagnostics, citedKeys: [] };
    }
    const { data, problems } = checkFrontmatter(block, lectureSchema, Object.keys(lectureSchema.shape));
    for (const problem of problems) diagnostics.push({ path: source.path, severity: 'error', ...problem });

    const { messages, views } = await render(block.body, { absolutePath: source.absolutePath, frontmatter: data });
    for (const message of messages) diagnostics.push(fromMessage(source.path, message));
    return { data, diagnostics, citedKeys: views?.citations.map((use) => use.key) ?? [] };
  };
}
