import type { Nodes, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { isSlide, type FragmentNode } from './slide-node.ts';
import type {} from './lecture-file.ts';

/** A paragraph holding only `. . .` (or the `…` smartypants makes of it) is a pause. */
const PAUSE = /^\s*(\.\s\.\s\.|…)\s*$/;

function isPause(node: RootContent): boolean {
  return node.type === 'paragraph' && node.children.length === 1 &&
    node.children[0]?.type === 'text' && PAUSE.test(node.children[0].value);
}

function isSpeakerNotes(node: Nodes): boolean {
  return node.type === 'containerDirective' && node.name === 'notes';
}

function fragmentGroup(): FragmentNode {
  return { type: 'fragment', children: [], data: { hName: 'div', hProperties: { className: ['fragment', 'pause'] } } };
}

/**
 * Replace pause markers by fragments: everything after a pause, up to the next
 * one, is revealed in one step. The marker itself disappears from both views
 * (Quarto leaks it into other formats: quarto-cli#5340). Speaker notes stay
 * outside fragments, where reveal.js looks for them.
 */
function applyPauses(children: RootContent[]): RootContent[] {
  const result: RootContent[] = [];
  let group: FragmentNode | undefined;
  for (const node of children) {
    if (isPause(node)) {
      group = fragmentGroup();
      result.push(group);
    } else if (group && !isSpeakerNotes(node)) group.children.push(node);
    else result.push(node);
  }
  return result;
}

/** Make every list item under `node` a fragment while `incremental` holds. */
function markIncrementalLists(node: Nodes, incremental: boolean): void {
  if (isSpeakerNotes(node)) return;
  let inScope = incremental;
  if (node.type === 'containerDirective' && (node.name === 'incremental' || node.name === 'nonincremental')) {
    inScope = node.name === 'incremental';
    node.data = { ...node.data, hName: 'div', hProperties: { className: [node.name] } };
  }
  if (node.type === 'listItem' && inScope) {
    node.data = { ...node.data, hProperties: { ...node.data?.hProperties, className: ['fragment'] } };
  }
  if ('children' in node) for (const child of node.children) markIncrementalLists(child, inScope);
}

/**
 * Fragments, decided at build time: `. . .` pauses, lists inside
 * `:::incremental`, and every list of a lecture whose frontmatter says
 * `incremental: true` (`:::nonincremental` opts a list out).
 */
export default function remarkFragments() {
  return (tree: Root, file: VFile) => {
    const lectureDefault = file.data.lectureData?.incremental === true;
    for (const slide of tree.children) {
      if (!isSlide(slide)) continue;
      slide.children = applyPauses(slide.children);
      markIncrementalLists(slide, lectureDefault);
    }
  };
}
