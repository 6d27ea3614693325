import type { Element, Root } from 'hast';

/** What an element visitor returns: `'skip'` to leave its children alone, an index to go on at in its parent, or nothing. */
export type WalkResult = 'skip' | number | void;

/** Called with each element, its index in its parent, and the parent. */
export type ElementVisitor = (node: Element, index: number, parent: Root | Element) => WalkResult;

/**
 * Call `visitor` on every element under `parent`, depth first in document
 * order: what `visit(tree, 'element', visitor)` of unist-util-visit does
 * (the children read after the visitor ran, `'skip'`, an index to go on at),
 * without its bookkeeping for every node (an array of ancestors, and an
 * `indexOf` in the parent). A lecture's tree, once KaTeX and Shiki have run,
 * holds tens of thousands of nodes, and that bookkeeping cost more than the
 * plugins' own work.
 */
export function walkElements(parent: Root | Element, visitor: ElementVisitor): void {
  for (let index = 0; index < parent.children.length;) {
    const node = parent.children[index]!;
    if (node.type !== 'element') {
      index += 1;
      continue;
    }
    const result = visitor(node, index, parent);
    if (result !== 'skip') walkElements(node, visitor);
    index = typeof result === 'number' ? result : index + 1;
  }
}
