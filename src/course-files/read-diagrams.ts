import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import type { LectureSource } from '../compile/context.ts';
import { splitFrontmatter } from '../compile/frontmatter.ts';
import { readMarkdown } from '../compile/parse-lecture.ts';
import type { Diagram } from '../figures/mermaid.ts';
import { diagramId, isFenceProblem, readDiagramFence } from '../markdown/diagram-fence.ts';
import type { LectureDiagrams } from '../markdown/remark-diagrams.ts';
import type { Course } from '../schemas/course.ts';

/** The last diagrams found in each lecture file, with the text they were found in (`astro dev` reads the course on every save). */
const found = new Map<string, { text: string; diagrams: Diagram[] }>();

/** The diagrams of one lecture file, each once; none when it is not UTF-8 (the compile reports that). */
function diagramsOf(source: LectureSource): Diagram[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(source.bytes);
  } catch {
    return [];
  }
  // Most lectures have no diagram: no need to parse them.
  if (!text.includes('mermaid')) return [];
  const known = found.get(source.path);
  if (known?.text === text) return known.diagrams;
  const diagrams = parseDiagrams(text);
  found.set(source.path, { text, diagrams });
  return diagrams;
}

/** Every diagram fence of a lecture's text, each once, read with the lecture syntax (so a fence inside a MyST directive counts). */
function parseDiagrams(text: string): Diagram[] {
  const body = splitFrontmatter(text)?.body ?? text;
  const diagrams = new Map<string, Diagram>();
  visit(readMarkdown(new VFile(body)), 'code', (node) => {
    const fence = readDiagramFence(node);
    // Located errors come back relative to the fence's first line; the Markdown plugin places them.
    if (fence && !isFenceProblem(fence)) diagrams.set(diagramId(fence), { code: fence.code, line: 0, ...(fence.alt && { alt: fence.alt }) });
  });
  return [...diagrams.values()];
}

/**
 * Draw every ```mermaid diagram of a course before its lectures compile, in
 * one batch (one Chromium launch for all that are not in the cache, none
 * when all are), in the course's accent colour. Each lecture gets the
 * drawings of its own diagrams, by diagram (`diagramId`), for the Markdown
 * plugin that puts them in place (src/markdown/remark-diagrams.ts).
 */
export async function drawLectureDiagrams(sources: readonly LectureSource[], course: Course, cacheDir: string): Promise<LectureSource[]> {
  const perLecture = sources.map(diagramsOf);
  const all = perLecture.flat();
  if (all.length === 0) return [...sources];
  // Loaded only for a course with diagrams: the renderer brings Mermaid and Playwright.
  const { renderDiagrams } = await import('../figures/mermaid.ts');
  const drawn = await renderDiagrams(all, { cacheDir, theme: { accent: course.theme.accent } });
  let next = 0;
  return sources.map((source, index) => {
    const diagrams: LectureDiagrams = new Map(perLecture[index]!.map((diagram) => [diagramId(diagram), drawn[next++]!]));
    return diagrams.size > 0 ? { ...source, diagrams } : source;
  });
}
