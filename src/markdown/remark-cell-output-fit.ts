import type { Parent, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { CellOutputNode } from './cell-nodes.ts';
import { type CourseDeckLayout, lectureDeckLayout } from './deck-layout.ts';
import type { ImageFiles } from './image-files.ts';
import { slideContentHeight, stackHeight, textHeight } from './slide-height.ts';
import { isSlide, type SlideNode } from './slide-node.ts';

/** Blocks whose content is not on the slide. */
const OFF_SLIDE = new Set(['notes', 'notes-only', 'slides-only']);

/** A cell output shown on a slide, where it stands. */
interface PlacedOutput {
  node: CellOutputNode;
  parent: Parent;
  height: number;
}

/** The cell outputs a slide shows, tallest first. */
function outputsOn(slide: SlideNode): PlacedOutput[] {
  const found: PlacedOutput[] = [];
  visit(slide, (node, _index, parent) => {
    if (node.type === 'containerDirective' && OFF_SLIDE.has(node.name)) return 'skip';
    if (node.type !== 'cellOutput' || !parent) return undefined;
    found.push({ node, parent, height: stackHeight([node]) });
    return 'skip';
  });
  return found.sort((a, b) => b.height - a.height);
}

/** What stands on the slide instead of a moved output: a line linking to the slide's notes section. */
function marker(notesUrl: string): CellOutputNode {
  return {
    type: 'cellOutput',
    children: [{
      type: 'paragraph',
      children: [{ type: 'link', url: notesUrl, children: [{ type: 'text', value: 'Output in the reading notes' }] }],
    }],
    data: { hName: 'div', hProperties: { className: ['cell-output-moved', 'slides-only'] }, slideHeight: textHeight('') },
  };
}

/**
 * Output too big for its slide goes to the notes, in a lecture whose slides are not paginated (its
 * slides are as written): on a slide whose content would overflow the frame, cell outputs move to
 * the reading notes, tallest first, until it fits, each leaving a link on the slide. What stays is
 * counted by the overflow check that follows, which warns if it still overflows. A paginated
 * lecture keeps every output on its slides: the slide continues on the next one instead.
 */
export default function remarkCellOutputFit(options: { images: ImageFiles; course?: CourseDeckLayout }) {
  return (tree: Root, file: VFile) => {
    const { paginate, room, layout } = lectureDeckLayout(file, options.images, options.course);
    if (paginate) return;
    const lectureId = file.stem ?? 'lecture';
    for (const slide of tree.children) {
      if (!isSlide(slide) || slideContentHeight(slide, layout) <= room) continue;
      const notesUrl = `../../notes/${lectureId}/#${String(slide.data.hProperties.id)}`;
      for (const { node, parent } of outputsOn(slide)) {
        const classes = node.data.hProperties.className;
        node.data.hProperties.className = [...(Array.isArray(classes) ? classes : []), 'notes-only'];
        node.data.slideHeight = 0;
        parent.children.splice(parent.children.indexOf(node) + 1, 0, marker(notesUrl) as never);
        if (slideContentHeight(slide, layout) <= room) break;
      }
    }
  };
}
