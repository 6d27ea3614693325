import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { DiagramDrawer, DiagramRequest } from '../compile/context.ts';
import { diskStore, type DiagramStore } from '../figures/diagram-store.ts';
import type { DiagramResult } from '../figures/mermaid.ts';
import { diagramId } from '../markdown/diagram-fence.ts';
import type { LectureDiagrams } from '../markdown/remark-diagrams.ts';
import { lectureIdOf } from '../model/lecture.ts';
import type { Course } from '../schemas/course.ts';

/**
 * Where a course keeps its drawn diagrams, like its frozen cell outputs: `_freeze/diagrams/` in the
 * course folder, a folder per lecture, a light and a dark SVG per diagram.
 */
function diagramsDir(contentDir: string): string {
  return join(contentDir, '_freeze', 'diagrams');
}

/**
 * The drawer of a course's diagrams (src/compile/compile-lecture.ts asks it once per compile):
 * each lecture's drawings come from its folder of stored drawings when they are there, and the
 * rest are drawn in one Chromium launch, in the course's accent colour, and stored. A lecture's
 * folder then keeps only the drawings it uses. Without Chromium, a diagram not stored is an
 * error at its fence (src/figures/mermaid.ts).
 */
export function courseDiagramDrawer(contentDir: string, course: Course): DiagramDrawer {
  return async (lectures) => {
    const stores = lectures.map((lecture) => diskStore(join(diagramsDir(contentDir), lectureIdOf(lecture.path))));
    const drawn = lectures.some((lecture) => lecture.diagrams.length > 0) ? await render(lectures, stores, course) : [];
    await Promise.all(stores.map((store) => store.prune()));
    return lectures.map((lecture, index): LectureDiagrams => new Map(lecture.diagrams.map((diagram, at) => [diagramId(diagram), drawn[index]![at]!])));
  };
}

/** The lectures' diagrams rendered from their stores, by lecture. */
async function render(lectures: readonly DiagramRequest[], stores: readonly DiagramStore[], course: Course): Promise<DiagramResult[][]> {
  // Loaded only for a course with diagrams: the renderer brings Mermaid's theme and the SVG tools.
  const { renderDiagrams } = await import('../figures/mermaid.ts');
  return renderDiagrams(lectures.map((lecture, index) => ({ diagrams: lecture.diagrams, store: stores[index]! })), { theme: { accent: course.theme.accent } });
}

/** Delete the stored drawings of lectures the course no longer has (`lectureIds`: every lecture file it has). */
export async function pruneGoneLectures(contentDir: string, lectureIds: ReadonlySet<string>): Promise<void> {
  const dir = diagramsDir(contentDir);
  const folders = await readdir(dir, { withFileTypes: true }).catch(() => []);
  await Promise.all(folders.filter((entry) => entry.isDirectory() && !lectureIds.has(entry.name))
    .map((entry) => rm(join(dir, entry.name), { recursive: true, force: true })));
}
