import type { Element, Root } from 'hast';
import { walkElements } from './hast-walk.ts';
import { COPY_CODE } from '../model/inline-handlers.ts';
import { hasClass } from './hast-class.ts';

/** A "Copy" button for the code block just before it. */
function copyButton(): Element {
  return {
    type: 'element',
    tagName: 'button',
    properties: { type: 'button', className: ['copy-code'], ariaLabel: 'Copy code to the clipboard', onClick: COPY_CODE, dataPagefindIgnore: '' },
    children: [{ type: 'text', value: 'Copy' }],
  };
}

/**
 * Give every highlighted code block a "Copy" button, made at build time with
 * its handler as an attribute, so the reading notes load no script for it.
 * Runs after the views are split: only the notes view gets buttons.
 */
export default function rehypeCopyButtons() {
  return (tree: Root) => {
    walkElements(tree, (node: Element, index, parent) => {
      if (node.tagName !== 'pre' || !hasClass(node, 'astro-code') || !parent || index === undefined) return;
      parent.children[index] = { type: 'element', tagName: 'div', properties: { className: ['code-block'] }, children: [node, copyButton()] };
      return 'skip';
    });
  };
}
