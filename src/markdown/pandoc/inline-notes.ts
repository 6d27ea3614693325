import type { FootnoteDefinition, FootnoteReference, Nodes, Paragraph, Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** Inline notes met while parsing: the reference left in the text, and the note's paragraph. */
const pending = new WeakMap<FootnoteReference, Paragraph>();

/** Remember that `reference` stands for an inline note whose text is `paragraph`. */
export function registerInlineNote(reference: FootnoteReference, paragraph: Paragraph): void {
  pending.set(reference, paragraph);
}

/**
 * Give every inline note `^[…]` an id no `[^label]` of the author uses and
 * a GFM footnote definition right after the top-level block that cites it,
 * so remark-rehype numbers and renders it like any `[^1]` note (and a slide
 * split keeps a note with the block that cites it).
 */
export function inlineNotesToFootnotes(tree: Root): void {
  const taken = new Set<string>();
  visit(tree, (node) => {
    if (node.type === 'footnoteDefinition' || node.type === 'footnoteReference') taken.add(node.identifier.toLowerCase());
  });
  let count = 0;
  const definitionsIn = (node: Nodes): FootnoteDefinition[] => {
    const found: FootnoteDefinition[] = [];
    visit(node, 'footnoteReference', (reference) => {
      const paragraph = pending.get(reference);
      if (!paragraph) return;
      pending.delete(reference);
      let id: string;
      do id = `inline-note-${++count}`;
      while (taken.has(id));
      Object.assign(reference, { identifier: id, label: id });
      found.push({ type: 'footnoteDefinition', identifier: id, label: id, children: [paragraph], position: reference.position });
    });
    // A note written inside a note cites from the definition just made.
    return found.flatMap((definition) => [definition, ...definitionsIn(definition)]);
  };
  tree.children = tree.children.flatMap((block) => [block, ...definitionsIn(block)]);
}
