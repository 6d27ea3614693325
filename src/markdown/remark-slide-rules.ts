import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { reportError } from './diagnostics.ts';
import { isSlide } from './slide-node.ts';

/** More slides than this is two lectures' worth; split the file. */
const MAX_SLIDES = 150;

/**
 * Rules on the slide structure: a lecture has slides, no slide is empty, ids
 * are unique, and a lecture stays under `MAX_SLIDES`.
 */
export default function remarkSlideRules() {
  return (tree: Root, file: VFile) => {
    const slides = tree.children.filter(isSlide);
    if (slides.length === 0) {
      reportError(file, {
        ruleId: 'empty-lecture',
        reason: 'The lecture has no slides',
        fix: 'add a ## heading and its content under the frontmatter',
        place: { line: 1, column: 1 },
      });
      return;
    }
    if (slides.length > MAX_SLIDES) {
      reportError(file, {
        ruleId: 'lecture-too-large',
        reason: `The lecture has ${slides.length} slides (at most ${MAX_SLIDES})`,
        fix: 'split it into two lectures',
        place: { line: 1, column: 1 },
      });
    }
    const seen = new Map<string, number>();
    for (const slide of slides) {
      const line = Number(slide.data.hProperties.dataSourceLine ?? 1);
      const id = String(slide.data.hProperties.id);
      // A slide may be all background (Quarto's `## {background-image="…"}`).
      const background = Object.keys(slide.data.hProperties).some((name) => name.startsWith('dataBackground'));
      if (slide.children.length === 0 && !background) {
        reportError(file, {
          ruleId: 'empty-slide',
          reason: 'This slide has no content',
          fix: 'remove the extra --- (or heading), or give the slide content',
          place: { line, column: 1 },
        });
      }
      if (seen.has(id)) {
        reportError(file, {
          ruleId: 'duplicate-slide-id',
          reason: `Slide id "${id}" is already used by the slide at line ${seen.get(id)}`,
          fix: 'give one of them another {#id}',
          place: { line, column: 1 },
        });
      } else seen.set(id, line);
    }
  };
}
