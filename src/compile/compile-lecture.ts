import { VFile } from 'vfile';
import type { Diagnostic } from '../model/diagnostic.ts';
import { lectureIdOf, type CompiledLecture } from '../model/lecture.ts';
import { fromMessage } from '../markdown/diagnostics.ts';
import type {} from '../markdown/lecture-file.ts';
import { createLecturePipeline } from '../markdown/pipeline.ts';
import type {} from '../markdown/remark-internal-links.ts';
import type {} from '../markdown/rehype-images.ts';
import type {} from '../markdown/remark-diagrams.ts';
import type {} from '../markdown/rehype-lecture-views.ts';
import type {} from '../markdown/rehype-style-classes.ts';
import type { CellOutputsData } from '../markdown/remark-executed-cells.ts';
import { lectureReferences } from '../references/lecture-references.ts';
import { lectureSchema } from '../schemas/lecture.ts';
import type { CompileContext, LectureSource } from './context.ts';
import { checkLectureFile } from './file-rules.ts';
import { checkFrontmatter, splitFrontmatter } from './frontmatter.ts';
import { lectureMarkdown } from './lecture-markdown.ts';
import { bibliographyProblem, fromQuarto, quartoKeyAdvice } from './quarto-frontmatter.ts';
import { checkParagraphSizes } from './text-limits.ts';

/** Compiles one lecture against a fixed context. */
export type LectureCompiler = (source: LectureSource) => Promise<CompiledLecture>;

const compilers = new WeakMap<CompileContext, LectureCompiler>();

/** Words of a text, for the reading time. */
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * A compiler for one course context: the pipeline (and Shiki's highlighter)
 * is set up once and reused for every lecture.
 */
export function createLectureCompiler(context: CompileContext): LectureCompiler {
  const run = createLecturePipeline(context);
  return async function compile(source) {
    const id = lectureIdOf(source.path);
    const compiled: CompiledLecture = {
      id, path: source.path, slides: [], notesHtml: '', headings: [], citations: [], references: [], links: [], words: 0, images: [], styles: '', diagnostics: [],
    };
    const { text, diagnostics } = checkLectureFile(source.path, source.bytes);
    compiled.diagnostics = diagnostics;
    if (text === undefined) return compiled;
    const lecture = lectureMarkdown(source.path, text);
    if ('diagnostic' in lecture) return { ...compiled, diagnostics: [...diagnostics, lecture.diagnostic] };
    const result = await compileMarkdown(compiled, lecture.text, { freeze: source.freeze, stored: lecture.stored }, source.diagrams);
    return { ...result, diagnostics: [...diagnostics, ...result.diagnostics.map(lecture.locate)] };
  };

  /** The lecture's Markdown compiled; the diagnostics are those of the Markdown, at its lines. */
  async function compileMarkdown(empty: CompiledLecture, text: string, cellOutputs: CellOutputsData, diagrams: LectureSource['diagrams']): Promise<CompiledLecture> {
    const { path } = empty;
    const compiled: CompiledLecture = { ...empty, diagnostics: [] };
    const { diagnostics } = compiled;
    const block = splitFrontmatter(text);
    if (!block) {
      diagnostics.push(located(path, 1, 'frontmatter-missing', 'The lecture has no frontmatter',
        'start the file with ---, title: …, number: …, ---'));
      return compiled;
    }
    const { data: written, problems } = checkFrontmatter(block, lectureSchemaFor(path, context), { advice: quartoKeyAdvice });
    for (const problem of problems) diagnostics.push({ path, severity: 'error', ...problem });
    const data = written && fromQuarto(written);
    compiled.data = data;

    const tooLong = checkParagraphSizes(path, block.body);
    if (tooLong.length > 0) return { ...compiled, diagnostics: [...diagnostics, ...tooLong] };
    const file = new VFile({ value: block.body, path, data: { ...(data && { lectureData: data }), cellOutputs, ...(diagrams && { diagrams }) } });
    await run(file);
    diagnostics.push(...file.messages.map((message) => fromMessage(path, message)));
    const views = file.data.lectureViews;
    if (!views) return compiled;
    return {
      ...compiled,
      slides: views.slides,
      notesHtml: String(file.value),
      headings: views.headings,
      citations: views.citations,
      references: lectureReferences(views.citations, context.citations),
      links: file.data.internalLinks ?? [],
      words: wordCount(block.body),
      images: file.data.lectureImages ?? [],
      styles: file.data.lectureStyles ?? '',
    };
  }
}

/** The lecture schema, with Quarto's `bibliography:` accepted only when it names the course's file. */
function lectureSchemaFor(path: string, context: CompileContext) {
  return lectureSchema.superRefine((value, issues) => {
    const problem = value.bibliography && bibliographyProblem(value.bibliography, path, context.citations.bibliography.path);
    if (problem) issues.addIssue({ code: 'custom', path: ['bibliography'], message: problem });
  });
}

/** An error at a line of a lecture file. */
function located(path: string, line: number, ruleId: string, reason: string, fix: string): Diagnostic {
  return { path, line, column: 1, severity: 'error', ruleId, reason, fix };
}

/**
 * The core: one lecture file to its deck, notes, slide list, headings,
 * citations, links and every problem found, each at its line. Pure but for
 * the context it is given; it reads no file.
 */
export function compileLecture(source: LectureSource, context: CompileContext): Promise<CompiledLecture> {
  let compile = compilers.get(context);
  if (!compile) compilers.set(context, (compile = createLectureCompiler(context)));
  return compile(source);
}
