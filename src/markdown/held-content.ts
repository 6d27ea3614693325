import type { ElementContent, Properties } from 'hast';
import type { VFile } from 'vfile';

/** Held content by key (outside the augmentation: vfile has a type named Map). */
type Held = Map<string, ElementContent[]>;

/** An element of ours that stands around content of the lecture: its tag, and the properties it adds. */
export interface HeldElement {
  tagName: string;
  properties: Properties;
}

/** Held elements by key. */
type HeldElements = Map<string, HeldElement>;

declare module 'vfile' {
  interface DataMap {
    /** Content our plugins made safe themselves (outputs, drawings), held out of the tree until rehype-held-content puts it in. */
    heldContent: Held;
    /** Elements our plugins put around lecture content (a question's form), held out of the tree until rehype-held-content puts them in. */
    heldElements: HeldElements;
  }
}

/**
 * Hold markup that is already safe for what it is — a cell's sanitised
 * output, a diagram drawn at build time (inline SVG, data-URI images) — out
 * of the tree while the lecture's HTML policy and sanitiser run (they are
 * for HTML a lecturer writes, and would refuse it). Returns the key for the
 * element that will receive it: `data-held="<key>"`.
 */
export function holdContent(file: VFile, content: ElementContent[]): string {
  const held = (file.data.heldContent ??= new Map());
  const key = String(held.size + 1);
  held.set(key, content);
  return key;
}

/**
 * Hold an element a plugin of ours puts around the lecture's own content (a
 * self-check question's `<form>`, `<fieldset>`, `<legend>`, `<label>`): what
 * is inside passes the HTML policy like the rest of the lecture, while the
 * element itself, which a lecturer may not write, waits out of the tree.
 * Returns the key for the element standing in for it until then:
 * `data-held-element="<key>"` (its classes and id stay its own).
 */
export function holdElement(file: VFile, element: HeldElement): string {
  const held = (file.data.heldElements ??= new Map());
  const key = String(held.size + 1);
  held.set(key, element);
  return key;
}
