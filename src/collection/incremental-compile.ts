import { compileLecture, compileLectures, type Compiled } from '../compile/compile-lecture.ts';
import { courseDiagnostics, type CourseRuleInput } from '../compile/compile-course.ts';
import type { CompileContext } from '../compile/context.ts';
import type { CourseFolder } from '../course-files/read-course.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import { lectureIdOf, type CompiledLecture, type DocumentKind } from '../model/lecture.ts';
import type { LectureData } from '../schemas/lecture.ts';
import type { PageData } from '../schemas/page.ts';
import { pruneLectures, readLecture, writeLecture } from './compiled-store.ts';

/** What the course rules and the content store need of a lecture or course page; its HTML stays in its file. */
export type LectureSummary = CourseRuleInput & Pick<CompiledLecture, 'diagnostics' | 'images'> & {
  kind: DocumentKind;
  data?: LectureData | PageData;
  key: string;
};

/** One compile of the course: every lecture, every problem, and how many lectures were compiled anew. */
export interface CompileRun {
  lectures: LectureSummary[];
  diagnostics: Diagnostic[];
  compiled: number;
}

const summarise = ({ kind, id, path, data, slides, links, citations, diagnostics, images }: Compiled, key: string): LectureSummary => ({
  kind, id, path, data, links, citations, diagnostics, images, key, slides: slides.map(({ html: _html, ...slide }) => slide),
});

/** What every lecture is compiled against, as text to digest. */
function contextText({ course, citations, base, siteFiles, images }: CompileContext): string {
  // embedHosts come from the course, which is part of the text already.
  return JSON.stringify([course, base, [...citations.bibliography.entries], citations.bibliography.problems, [...siteFiles], [...images]]);
}

/**
 * Compiles a course again and again (a build, or every save in `astro dev`),
 * recompiling only lectures whose source, the course context or the pipeline
 * changed. Compiled lectures go to files in `dir`; a stored one whose key
 * still matches is reused, in this process or by the next build.
 */
export class IncrementalCompiler {
  readonly #summaries = new Map<string, LectureSummary>();
  /** The last context and its key: an unchanged context keeps its pipeline (and Shiki's highlighter) warm. */
  #context?: { key: string; context: CompileContext };

  constructor(
    private readonly dir: string,
    private readonly pipeline: string,
    private readonly digest: (text: string) => string,
  ) {}

  /**
   * Compile what changed in a course folder and apply the course-wide rules. A lecture is keyed by its
   * path too: its compile names it. `progress` hears how many of the changed lectures are compiled.
   */
  async run(folder: CourseFolder, progress?: (done: number, total: number) => void): Promise<CompileRun> {
    if (!folder.context) return { lectures: [], diagnostics: folder.diagnostics, compiled: 0 };
    const contextKey = this.digest(contextText(folder.context));
    if (this.#context?.key !== contextKey) this.#context = { key: contextKey, context: folder.context };
    const { context } = this.#context;
    const entries = folder.sources.map((source) => {
      // The frozen outputs of its cells are part of a lecture's source.
      const text = `${Buffer.from(source.bytes).toString('latin1')}\0${JSON.stringify(source.freeze ?? null)}`;
      const key = this.digest(`${this.pipeline}\0${contextKey}\0${source.path}\0${text}`);
      return { source, key, summary: this.#reuse(lectureIdOf(source.path), key) };
    });
    const changed = entries.filter((entry) => !entry.summary);
    // One compile for every changed lecture, so their diagrams are drawn in one batch.
    const fresh = await compileLectures(changed.map(({ source }) => source), context, (done) => progress?.(done, changed.length));
    changed.forEach((entry, index) => {
      entry.summary = this.#store(fresh[index]!, entry.key);
    });
    const lectures = entries.map(({ summary }) => summary!);
    const ids = new Set(lectures.map((lecture) => lecture.id));
    for (const id of this.#summaries.keys()) if (!ids.has(id)) this.#summaries.delete(id);
    pruneLectures(this.dir, ids);
    const diagnostics = [
      ...folder.diagnostics,
      ...lectures.flatMap((lecture) => lecture.diagnostics),
      ...courseDiagnostics(lectures, context),
    ];
    return { lectures, diagnostics, compiled: changed.length };
  }

  /**
   * Compile the course's first lecture and keep nothing: `astro dev` starts
   * from stored compiles, and this sets up KaTeX, Shiki and the languages the
   * course uses before the first save instead of during it.
   */
  async warmUp(folder: CourseFolder): Promise<void> {
    const source = folder.sources[0];
    if (source && this.#context) await compileLecture(source, this.#context.context);
  }

  /**
   * The summary of a lecture compiled from the same key before, from memory or from its file; never
   * one with a diagram it could not draw (Chromium may be there now).
   */
  #reuse(id: string, key: string): LectureSummary | undefined {
    const known = this.#summaries.get(id);
    const summary = known?.key === key ? known : this.#read(id, key);
    return summary?.diagnostics.some((diagnostic) => diagnostic.ruleId === 'diagram-not-drawn') ? undefined : summary;
  }

  #read(id: string, key: string): LectureSummary | undefined {
    const stored = readLecture(this.dir, id);
    if (stored?.key !== key) return undefined;
    const summary = summarise(stored, key);
    this.#summaries.set(id, summary);
    return summary;
  }

  #store(lecture: Compiled, key: string): LectureSummary {
    writeLecture(this.dir, { ...lecture, key });
    const summary = summarise(lecture, key);
    this.#summaries.set(lecture.id, summary);
    return summary;
  }
}
