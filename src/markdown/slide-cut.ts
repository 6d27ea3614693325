import type { List, RootContent } from 'mdast';
import type { CellNode } from './cell-nodes.ts';
import type { FragmentNode } from './slide-node.ts';

/*
 * Where a slide too tall for its frame may be cut: between its blocks, and inside the blocks
 * that are a sequence themselves (a pause's step between blocks, a list between items, a code
 * cell between its code and outputs). Anything else (a paragraph, a table, a code block, a
 * callout) is whole: on a slide of its own and still too tall, it scrolls there.
 */

/** A block cut in two: the part that stays, and what follows on the next slide. */
export interface BlockCut {
  head: RootContent;
  rest: RootContent[];
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

/**
 * Cut a block so its head is as long as `fits` allows (at least one child): undefined when the
 * block is not a sequence, or not even its first child fits.
 */
export function cutToFit(block: RootContent, fits: (head: RootContent) => boolean): BlockCut | undefined {
  if (!isSequence(block)) return undefined;
  let count = 0;
  while (count + 1 < block.children.length && fits(cutAt(block, count + 1).head)) count += 1;
  return count > 0 ? cutAt(block, count) : undefined;
}

/** A sequence cut after its first child (for a block too tall for a slide of its own), or undefined. */
export function cutFirst(block: RootContent): BlockCut | undefined {
  return isSequence(block) ? cutAt(block, 1) : undefined;
}
