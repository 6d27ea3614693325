import type { List, RootContent } from 'mdast';
import type { CellNode } from './cell-nodes.ts';
import type { FragmentNode } from './slide-node.ts';

/*
 * Where a slide too tall for its frame may be cut: between its blocks, and inside the blocks
 * that are a sequence themselves (a pause's step between blocks, a list between items, a code
 * cell between its code and outputs). Anything else (a paragraph, a table, a code block, a
 * callout) is whole: on a slide of its own and still too tall, code, outputs and tables scroll there.
 */

/** A block cut in two: the part that stays, and what follows on the next slide. */
export interface BlockCut {
  head: RootContent;
  rest: RootContent[];
}

/** Blocks that scroll in a box of their own on a slide too short for them (remark-slide-fit): code, a cell's output, a table. */
const SCROLLING = new Set(['code', 'cellOutput', 'table']);

/** Whether a block scrolls on a slide too short for it: it is one that scrolls, or a cell or a pause's step holding one. */
export function canScroll(block: RootContent): boolean {
  if (SCROLLING.has(block.type)) return true;
  return (block.type === 'cell' || block.type === 'fragment') && block.children.some(canScroll);
}

/** A block that is a sequence of its children, which may be cut between them. */
type Sequence = List | CellNode | FragmentNode;

function isSequence(block: RootContent): block is Sequence {
  return (block.type === 'list' || block.type === 'cell' || block.type === 'fragment') && block.children.length > 1;
}

/**
 * A pause's step flows on, filling the slide before it goes on to the next (the notes do not show
 * steps); a list or a cell moves to the next slide whole when it fits there, and is cut only when
 * it does not fit a slide of its own (in the notes it then reads as two lists, or two cells).
 */
export function flowsOn(block: RootContent): boolean {
  return isSequence(block) && block.type === 'fragment';
}

/** Where the children from `child` on stand: from its start to the block's end. */
function positionFrom(block: Sequence, child: RootContent | undefined): Pick<Sequence, 'position'> {
  const start = child?.position?.start;
  const end = block.position?.end;
  return start && end ? { position: { start, end } } : {};
}

/** The first `count` children of a sequence as a block of its kind, and the rest as what follows it. */
function cutAt(block: Sequence, count: number): BlockCut {
  const kept = block.children.slice(0, count);
  const moved = block.children.slice(count);
  switch (block.type) {
    case 'list': {
      // An ordered list goes on counting where it stopped.
      const start = block.ordered ? (block.start ?? 1) + count : block.start;
      return { head: { ...block, children: kept as List['children'] }, rest: [{ ...block, start, children: moved as List['children'], ...positionFrom(block, moved[0]) }] };
    }
    case 'cell':
      return { head: { ...block, children: kept }, rest: [{ ...block, children: moved, data: structuredClone(block.data), ...positionFrom(block, moved[0]) }] };
    case 'fragment':
      // Coming to the next slide is itself the step: what the pause revealed shows there at once.
      return { head: { ...block, children: kept }, rest: moved };
  }
}

/** What a cut asks of the slide: whether blocks fit beside what it holds already, and on a slide of their own. */
export interface CutRoom {
  fitsHere(block: RootContent): boolean;
  fitsAlone(block: RootContent): boolean;
}

/**
 * Whether a sequence may be cut: a cell only when its code and each output fit a slide (else it
 * stays whole, and what is too tall in it scrolls beside the rest).
 */
function cuttable(block: RootContent, room: CutRoom): block is Sequence {
  return isSequence(block) && (block.type !== 'cell' || block.children.every((child) => room.fitsAlone(child)));
}

/**
 * Cut a block so its head is as long as fits here (at least one child): undefined when the block
 * may not be cut, or not even its first child fits.
 */
export function cutToFit(block: RootContent, room: CutRoom): BlockCut | undefined {
  if (!cuttable(block, room)) return undefined;
  let count = 0;
  while (count + 1 < block.children.length && room.fitsHere(cutAt(block, count + 1).head)) count += 1;
  return count > 0 ? cutAt(block, count) : undefined;
}

/** A list or a pause's step cut after its first child (for one too tall for a slide of its own), or undefined. */
export function cutFirst(block: RootContent): BlockCut | undefined {
  return isSequence(block) && block.type !== 'cell' ? cutAt(block, 1) : undefined;
}
