import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { walkElements } from './hast-walk.ts';
import { hasClass } from './hast-class.ts';

/** Heading elements `h1`…`h6`. */
export const HEADING = /^h[1-6]$/;

/** Whether a hast node is an element. */
export function isElement(node: RootContent | ElementContent): node is Element {
  return node.type === 'element';
}

/** The slide `<section>`s at the top of a lecture tree, in order. */
export function slideSections(tree: Root): Element[] {
  return tree.children.filter((node): node is Element => isElement(node) && hasClass(node, 'slide'));
}

/** Whether a slide section is `visibility="hidden"`: in the notes, not in the deck. */
export function isHidden(section: Element): boolean {
  return section.properties.dataVisibility === 'hidden';
}

/** The heading a slide section opens with, if any. */
export function firstHeading(section: Element): Element | undefined {
  return section.children.find((child): child is Element => isElement(child) && HEADING.test(child.tagName));
}

/** Remove, at any depth, the elements carrying `className`. */
export function dropBlocks(parent: Root | Element, className: string): void {
  const dropped = (child: RootContent | ElementContent) => isElement(child) && hasClass(child, className);
  // Most lists hold none: a new list only for those that do.
  if (parent.children.some(dropped)) parent.children = parent.children.filter((child) => !dropped(child)) as typeof parent.children;
  for (const child of parent.children) if (isElement(child)) dropBlocks(child, className);
}

/**
 * A copy of a lecture tree for a view to reshape: every node, its children
 * list and its properties object copied (property values, positions and
 * data shared: the views replace those, never change them in place). On
 * Lecture 2's tree, 3-7 ms where structuredClone took 25-34 ms.
 */
export function cloneTree<Node extends Root | RootContent>(node: Node): Node {
  const copy = { ...node };
  if ('properties' in copy) copy.properties = { ...copy.properties };
  if ('children' in copy) copy.children = copy.children.map(cloneTree) as typeof copy.children;
  return copy;
}

/** A link with visually hidden context for screen readers ("Read in notes: <slide title>"). */
export function crossLink(href: string, className: string, label: string, context: string): Element {
  const hidden: Element = {
    type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: context }],
  };
  return {
    type: 'element', tagName: 'a', properties: { href, className: [className] },
    children: [{ type: 'text', value: label }, hidden],
  };
}

/** Text of a heading as a reader sees it (contents lists, slide titles, search, PDF bookmarks): maths by its MathML text, not KaTeX's visual spans or TeX source. */
export function headingText(heading: Element): string {
  const visible = structuredClone(heading);
  dropBlocks(visible, 'katex-html');
  walkElements(visible, (node, index, parent) => {
    if (node.tagName !== 'annotation' || !parent || index === undefined) return;
    parent.children.splice(index, 1);
    return index;
  });
  return toString(visible).trim();
}
