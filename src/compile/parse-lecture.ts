import { basename } from 'node:path';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkSmartypants from 'remark-smartypants';
import { unified, type Preset, type Processor } from 'unified';
import { VFile } from 'vfile';
import type { Freeze } from '../cells/freeze.ts';
import { notebookToLecture } from '../cells/notebook-to-lecture.ts';
import type { Notebook } from '../cells/notebook.ts';
import type { CellOutput } from '../cells/outputs.ts';
import type {} from '../markdown/lecture-file.ts';
import remarkPandocSyntax from '../markdown/pandoc/index.ts';
import type {} from '../markdown/remark-executed-cells.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import type { DocumentKind } from '../model/lecture.ts';
import { lectureSchema, type LectureData } from '../schemas/lecture.ts';
import { pageSchema, type PageData } from '../schemas/page.ts';
import type { LectureSource } from './context.ts';
import { checkLectureFile, checkPageFile } from './file-rules.ts';
import { checkFrontmatter, splitFrontmatter } from './frontmatter.ts';
import { lectureMarkdown, type LectureMarkdown } from './lecture-markdown.ts';
import { bibliographyProblem, fromQuarto, quartoKeyAdvice } from './quarto-frontmatter.ts';
import { checkParagraphSizes } from './text-limits.ts';

/**
 * The syntax every lecture is read with, here and nowhere else: CommonMark, GFM, smart quotes,
 * maths, then the Pandoc/Quarto/MyST layer, in this order (src/markdown/pandoc/index.ts says why).
 */
export const lectureSyntax: Preset = { plugins: [remarkParse, remarkGfm, remarkSmartypants, remarkMath, remarkPandocSyntax] };

const syntax = unified().use(lectureSyntax).freeze();

/** Markdown read with the lecture syntax and its transforms run: the tree every later stage starts from. Problems become messages of `file`. */
export function readMarkdown(file: VFile): Root {
  return syntax.runSync(syntax.parse(file), file) as Root;
}

/** The lecture parser as a plugin: for Markdown a later plugin meets in the tree (a cell's Markdown output), not the lecture itself. */
function lectureParser(this: Processor) {
  this.parser = (document) => syntax.parse(document);
}

/**
 * What runs `stages` on a tree from `readMarkdown` and gives the HTML they make: unified's `run`
 * on that tree, then `stringify` (never `process`, which would parse the lecture again).
 */
export function lectureRenderer(stages: Preset): (tree: Root, file: VFile) => Promise<string> {
  const processor = unified().use(lectureParser).use(stages).freeze();
  return async (tree, file) => String(processor.stringify(await processor.run(tree, file), file));
}

/** A lecture or course page read up to its tree, with every problem found on the way. */
export interface ParsedDocument<Data> {
  kind: DocumentKind;
  path: string;
  /** Problems of the file itself: its name, size, encoding, a notebook that cannot be read. */
  fileDiagnostics: Diagnostic[];
  /** Problems of its text so far (frontmatter, a paragraph too long to parse), at the file's lines; the syntax's are messages of `markdown.file`. */
  diagnostics: Diagnostic[];
  /** Moves a diagnostic of the Markdown to the line of the file it came from (a notebook's .ipynb line). */
  locate(diagnostic: Diagnostic): Diagnostic;
  /** Validated frontmatter, Quarto's spellings folded in; undefined when invalid. */
  data?: Data;
  /** Outputs saved in the file (a notebook's), by position among its Python cells. */
  stored?: (CellOutput[] | undefined)[];
  /** The Markdown read: its file (the body, with `lectureData` and `cellOutputs`) and its tree. Absent when the lecture stops short of it. */
  markdown?: { file: VFile; tree: Root };
}

/** A lecture read up to its tree. */
export type ParsedLecture = ParsedDocument<LectureData> & { kind: 'lecture' };

/** A course page read up to its tree. */
export type ParsedPage = ParsedDocument<PageData> & { kind: 'page' };

/** What a lecture's frontmatter is checked against beyond its schema. */
export interface ParseLectureOptions {
  /** The course's bibliography file: a lecture's `bibliography:` (Quarto) must name it. */
  bibliography?: string;
  /** A notebook shows the outputs saved in it only (course.yaml `execute: { notebooks: off }`). */
  storedOutputsOnly?: boolean;
}

/**
 * The only way from a lecture's bytes to its tree: the file rules (name, size, UTF-8), a notebook
 * converted to Markdown (its lines mapped back to the .ipynb), the frontmatter split and validated,
 * the paragraph limit, then the Markdown read once with the lecture syntax. Pure.
 */
export function parseLecture(source: LectureSource, { bibliography, storedOutputsOnly = false }: ParseLectureOptions = {}): ParsedLecture {
  const { path } = source;
  const { text, diagnostics: fileDiagnostics } = checkLectureFile(path, source.bytes);
  const parsed: ParsedLecture = { kind: 'lecture', path, fileDiagnostics, diagnostics: [], locate: (diagnostic) => diagnostic };
  if (text === undefined) return parsed;
  const lecture = lectureMarkdown(path, text);
  if ('diagnostic' in lecture) return { ...parsed, fileDiagnostics: [...fileDiagnostics, lecture.diagnostic] };
  parsed.locate = lecture.locate;
  if (lecture.stored) parsed.stored = lecture.stored;
  const block = splitFrontmatter(lecture.text);
  if (!block) {
    parsed.diagnostics.push(lecture.locate({ path, line: 1, column: 1, severity: 'error', ruleId: 'frontmatter-missing',
      reason: 'The lecture has no frontmatter', fix: 'start the file with ---, title: …, number: …, ---' }));
    return parsed;
  }
  const tooLong = checkParagraphSizes(path, block.body);
  const markdown = tooLong.length > 0 ? undefined : readBody(path, block.body, source.freeze, lecture, storedOutputsOnly);
  const schema = bibliography ? lectureSchemaFor(path, bibliography) : lectureSchema;
  // Quarto decks and notebooks carry no number: the file name's (`03-…`) is the lecture's unless it says otherwise.
  const fileNumber = Number(/^(\d+)-/.exec(basename(path))?.[1]);
  const defaults = { ...(fileNumber ? { number: fileNumber } : {}), ...(lecture.titledByHeading && markdown ? { title: firstHeadingText(markdown.tree) } : {}) };
  const { data: written, problems } = checkFrontmatter(block, schema, { advice: quartoKeyAdvice, defaults });
  parsed.diagnostics.push(...problems.map((problem) => lecture.locate({ path, severity: 'error', ...problem })), ...tooLong.map(lecture.locate));
  const data = written && fromQuarto(written);
  if (data) parsed.data = data;
  if (markdown && data) markdown.file.data.lectureData = data;
  return markdown ? { ...parsed, markdown } : parsed;
}

/**
 * A course page's bytes to its tree, as a lecture's are read but for a page's rules: its file name
 * (`slug.md`), its frontmatter (`title:`, no number; a first `#` heading is its title when the
 * frontmatter gives none, or when it has none, and leaves the body, which the layout heads with
 * the title). The tree's file says it is a page, so no slide rule applies to it.
 */
export function parsePage(source: LectureSource): ParsedPage {
  const { path } = source;
  const { text, diagnostics: fileDiagnostics } = checkPageFile(path, source.bytes);
  const parsed: ParsedPage = { kind: 'page', path, fileDiagnostics, diagnostics: [], locate: (diagnostic) => diagnostic };
  if (text === undefined) return parsed;
  const block = splitFrontmatter(text) ?? { yaml: '', firstLine: 1, body: text };
  const tooLong = checkParagraphSizes(path, block.body);
  const markdown = tooLong.length > 0 ? undefined : readBody(path, block.body, undefined, { text, locate: parsed.locate }, false);
  if (markdown) markdown.file.data.documentKind = 'page';
  const heading = markdown && firstHeadingText(markdown.tree);
  const { data, problems } = checkFrontmatter(block, pageSchema, { ...(heading && { defaults: { title: heading } }) });
  parsed.diagnostics.push(...problems.map((problem): Diagnostic => ({ path, severity: 'error', ...problem })), ...tooLong);
  if (data) parsed.data = data;
  // The layout shows the title: a first heading that says it again is left out.
  const first = markdown?.tree.children[0];
  if (markdown && data && first?.type === 'heading' && first.depth === 1 && toString(first) === data.title) markdown.tree.children.shift();
  return markdown ? { ...parsed, markdown } : parsed;
}

/** The body of a lecture (frontmatter blanked, so lines keep their numbers) read into its tree. */
function readBody(path: string, body: string, freeze: Freeze | undefined, lecture: LectureMarkdown, storedOutputsOnly: boolean): { file: VFile; tree: Root } {
  const storedOnly = storedOutputsOnly && lecture.stored !== undefined;
  const cellOutputs = { ...(freeze && !storedOnly && { freeze }), ...(lecture.stored && { stored: lecture.stored }), ...(storedOnly && { storedOnly }) };
  const file = new VFile({ value: body, path, data: { cellOutputs } });
  return { file, tree: readMarkdown(file) };
}

/**
 * The title a notebook has as a lecture: its own (`metadata.title`, a frontmatter cell), else its
 * first `#` heading as the lecture reads it (for the importer, which names the lecture by it).
 */
export function notebookTitle(notebook: Notebook): string | undefined {
  if (notebook.title) return notebook.title;
  const { markdown } = notebookToLecture(notebook);
  return firstHeadingText(readMarkdown(new VFile(splitFrontmatter(markdown)?.body ?? markdown)));
}

/** The text of the lecture's first `#` heading, as the lecture shows it. */
function firstHeadingText(tree: Root): string | undefined {
  const heading = tree.children.find((node) => node.type === 'heading' && node.depth === 1);
  return heading && toString(heading);
}

/** The lecture schema, with Quarto's `bibliography:` accepted only when it names the course's file. */
function lectureSchemaFor(path: string, bibliography: string) {
  return lectureSchema.superRefine((value, issues) => {
    const problem = value.bibliography && bibliographyProblem(value.bibliography, path, bibliography);
    if (problem) issues.addIssue({ code: 'custom', path: ['bibliography'], message: problem });
  });
}
