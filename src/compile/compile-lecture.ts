import { fromMessage } from '../markdown/diagnostics.ts';
import { lectureStages } from '../markdown/pipeline.ts';
import type {} from '../markdown/rehype-images.ts';
import type {} from '../markdown/rehype-lecture-views.ts';
import type {} from '../markdown/remark-diagrams.ts';
import type {} from '../markdown/remark-internal-links.ts';
import { lectureIdOf, type CompiledLecture } from '../model/lecture.ts';
import { lectureReferences } from '../references/lecture-references.ts';
import type { CompileContext, LectureSource } from './context.ts';
import { lectureRenderer, parseLecture } from './parse-lecture.ts';

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
  const render = lectureRenderer(lectureStages(context));
  const bibliography = context.citations.bibliography.path;
  return async function compile(source) {
    const parsed = parseLecture(source, { bibliography });
    const { path, markdown, locate } = parsed;
    const compiled: CompiledLecture = {
      id: lectureIdOf(path), path, slides: [], notesHtml: '', headings: [], citations: [], references: [], links: [], words: 0, images: [],
      ...(parsed.data && { data: parsed.data }),
      diagnostics: [...parsed.fileDiagnostics, ...parsed.diagnostics],
    };
    if (!markdown) return compiled;
    const { file, tree } = markdown;
    const words = wordCount(String(file.value));
    if (source.diagrams) file.data.diagrams = source.diagrams;
    const html = await render(tree, file);
    compiled.diagnostics.push(...file.messages.map((message) => locate(fromMessage(path, message))));
    const views = file.data.lectureViews;
    if (!views) return compiled;
    return {
      ...compiled,
      slides: views.slides,
      notesHtml: html,
      headings: views.headings,
      citations: views.citations,
      references: lectureReferences(views.citations, context.citations),
      links: file.data.internalLinks ?? [],
      words,
      images: file.data.lectureImages ?? [],
    };
  };
}

/**
 * The core: one lecture file to its deck, notes, slide list, headings,
 * citations, links and every problem found, each at its line, from the tree
 * the front end read (src/compile/parse-lecture.ts). Pure but for the context
 * it is given; it reads no file.
 */
export function compileLecture(source: LectureSource, context: CompileContext): Promise<CompiledLecture> {
  let compile = compilers.get(context);
  if (!compile) compilers.set(context, (compile = createLectureCompiler(context)));
  return compile(source);
}
