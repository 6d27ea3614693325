import type { Diagram } from '../figures/mermaid.ts';
import { diagramsOf } from '../markdown/diagram-fence.ts';
import { fromMessage } from '../markdown/diagnostics.ts';
import { lectureStages } from '../markdown/pipeline.ts';
import type {} from '../markdown/rehype-images.ts';
import type {} from '../markdown/rehype-lecture-views.ts';
import type {} from '../markdown/rehype-style-classes.ts';
import type { LectureDiagrams } from '../markdown/remark-diagrams.ts';
import type {} from '../markdown/remark-internal-links.ts';
import { lectureIdOf, type CompiledLecture, type CompiledPage } from '../model/lecture.ts';
import { lectureReferences } from '../references/lecture-references.ts';
import type { CompileContext, DiagramRequest, LectureSource } from './context.ts';
import { lectureRenderer, parseLecture, parsePage, type ParsedLecture, type ParsedPage } from './parse-lecture.ts';

/** A lecture or course page read to its tree. */
type Parsed = ParsedLecture | ParsedPage;

/** A compiled lecture or course page. */
export type Compiled = CompiledLecture | CompiledPage;

/** Compiles lectures and course pages against one course context. */
interface LectureCompiler {
  /** A lecture or page read to its tree, with the diagrams on it (none when it stopped short of a tree). */
  parse(source: LectureSource): { parsed: Parsed; diagrams?: Diagram[] };
  /** The rest of the pipeline run on the parsed tree, with the drawings of its diagrams. */
  finish(parsed: Parsed, drawn?: LectureDiagrams): Promise<Compiled>;
}

const compilers = new WeakMap<CompileContext, LectureCompiler>();

/** Words of a text, for the reading time. */
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** A compiler for one course context: the pipelines (and Shiki's highlighter) are set up once and reused for every lecture and page. */
function createLectureCompiler(context: CompileContext): LectureCompiler {
  const renderers = { lecture: lectureRenderer(lectureStages(context)), page: lectureRenderer(lectureStages(context, 'page')) };
  const bibliography = context.citations.bibliography.path;
  const storedOutputsOnly = context.course.execute.notebooks === 'off';
  return {
    parse(source) {
      const parsed = source.kind === 'page' ? parsePage(source) : parseLecture(source, { bibliography, storedOutputsOnly });
      return { parsed, ...(parsed.markdown && { diagrams: diagramsOf(parsed.markdown.tree) }) };
    },
    async finish(parsed, drawn) {
      const { path, markdown, locate } = parsed;
      const compiled = {
        kind: parsed.kind, id: lectureIdOf(path), path, slides: [], notesHtml: '', headings: [], citations: [], references: [], links: [], words: 0, images: [], styles: '',
        ...(parsed.data && { data: parsed.data }),
        diagnostics: [...parsed.fileDiagnostics, ...parsed.diagnostics],
      } as Compiled;
      const render = renderers[parsed.kind];
      if (!markdown) return compiled;
      const { file, tree } = markdown;
      const words = wordCount(String(file.value));
      if (drawn) file.data.diagrams = drawn;
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
        styles: file.data.lectureStyles ?? '',
      };
    },
  };
}

/**
 * The core: lecture files to their decks, notes, slide lists, headings, citations, links and every
 * problem found, each at its line. Each lecture is parsed once; the diagrams of every lecture are
 * drawn in one batch (`context.drawDiagrams`) before the lectures that have any are finished, and
 * a lecture without diagrams is finished at once (so few trees are held at a time). Pure but for
 * the context it is given: it reads no file. `progress` hears how many are done.
 */
export async function compileLectures(sources: readonly LectureSource[], context: CompileContext,
  progress?: (done: number) => void): Promise<Compiled[]> {
  let compiler = compilers.get(context);
  if (!compiler) compilers.set(context, (compiler = createLectureCompiler(context)));
  const compiled: Compiled[] = [];
  const requests: DiagramRequest[] = [];
  const waiting: { index: number; parsed: Parsed; request: number }[] = [];
  for (const [index, source] of sources.entries()) {
    const { parsed, diagrams } = compiler.parse(source);
    // Every lecture read to its tree is asked for, with or without diagrams: its stored drawings are kept or pruned.
    if (diagrams) requests.push({ path: source.path, diagrams });
    if (diagrams?.length && context.drawDiagrams) waiting.push({ index, parsed, request: requests.length - 1 });
    else {
      compiled[index] = await compiler.finish(parsed);
      progress?.(compiled.filter(Boolean).length);
    }
  }
  const drawn = context.drawDiagrams && requests.length > 0 ? await context.drawDiagrams(requests) : [];
  for (const { index, parsed, request } of waiting) {
    compiled[index] = await compiler.finish(parsed, drawn[request]);
    progress?.(compiled.filter(Boolean).length);
  }
  return compiled;
}

/** One lecture (not a page) through `compileLectures`. */
export async function compileLecture(source: LectureSource, context: CompileContext): Promise<CompiledLecture> {
  const [compiled] = await compileLectures([source], context);
  return compiled as CompiledLecture;
}
