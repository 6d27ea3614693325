import type { Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

/** Callout kinds and their default titles. */
const CALLOUTS = { note: 'Note', tip: 'Tip', warning: 'Warning', exercise: 'Exercise', quote: 'Quote' } as const;

function isCallout(name: string): name is keyof typeof CALLOUTS {
  return Object.hasOwn(CALLOUTS, name);
}

/**
 * `:::note`, `:::tip`, `:::warning`, `:::exercise` and `:::quote` become
 * titled boxes (`<aside class="callout callout-tip">`); `:::tip[Try this]`
 * replaces the default title.
 */
export default function remarkCallouts() {
  return (tree: Root) => {
    visit(tree, 'containerDirective', (node) => {
      if (!isCallout(node.name)) return;
      const first = node.children[0];
      const label = first?.type === 'paragraph' && first.data?.directiveLabel ? first : undefined;
      if (label) node.children.shift();
      const title: Paragraph = {
        type: 'paragraph',
        children: [{ type: 'text', value: label ? toString(label) : CALLOUTS[node.name] }],
        data: { hProperties: { className: ['callout-title'] } },
      };
      node.children.unshift(title);
      node.data = { ...node.data, hName: 'aside', hProperties: { className: ['callout', `callout-${node.name}`], role: 'note' } };
    });
  };
}
