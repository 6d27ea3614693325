import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

const TARGET = /^\((\S+)\)=$/;

/**
 * A MyST target `(label)=` on the line right before a heading names that
 * heading: it becomes the heading's `attributes.id` (unless `{#id}` already
 * gave one) and the target line goes.
 */
export function mystTargetsToIds(tree: Root): void {
  visit(tree, (node) => {
    if (!('children' in node)) return;
    const children = node.children;
    for (let index = children.length - 2; index >= 0; index--) {
      const [target, heading] = [children[index]!, children[index + 1]!];
      if (target.type !== 'paragraph' || heading.type !== 'heading' || target.children.length !== 1) continue;
      const [text] = target.children;
      const label = text?.type === 'text' ? TARGET.exec(text.value)?.[1] : undefined;
      const adjacent = target.position && heading.position && target.position.end.line + 1 === heading.position.start.line;
      if (!label || !adjacent) continue;
      const attributes = heading.data?.attributes ?? { classes: [], values: {} };
      heading.data = { ...heading.data, attributes: { ...attributes, id: attributes.id ?? label } };
      children.splice(index, 1);
    }
  });
}
