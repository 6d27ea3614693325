import type { Root } from 'hast';
import { walkElements } from './hast-walk.ts';
import type { VFile } from 'vfile';
import type {} from './held-content.ts';

/**
 * Put held content (see held-content.ts: cell outputs, drawn diagrams) into
 * the elements waiting for it, after the lecture's HTML policy and sanitiser
 * have run.
 */
export default function rehypeHeldContent() {
  return (tree: Root, file: VFile) => {
    const held = file.data.heldContent;
    if (!held) return;
    walkElements(tree, (node) => {
      const key = node.properties.dataHeld;
      if (key === undefined) return;
      node.children = held.get(String(key)) ?? [];
      delete node.properties.dataHeld;
    });
  };
}
