import type { ElementContent } from 'hast';
import type { VFile } from 'vfile';

/** Held content by key (outside the augmentation: vfile has a type named Map). */
type Held = Map<string, ElementContent[]>;

declare module 'vfile' {
  interface DataMap {
    /** Content our plugins made safe themselves (outputs, drawings), held out of the tree until rehype-held-content puts it in. */
    heldContent: Held;
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
