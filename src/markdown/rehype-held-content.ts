import type { Root } from 'hast';
import { walkElements } from './hast-walk.ts';
import type { VFile } from 'vfile';
import type {} from './held-content.ts';

/**
 * Put held content (see held-content.ts: cell outputs, drawn diagrams) into
 * the elements waiting for it, and give held elements (a question's form)
 * their tag and properties, after the lecture's HTML policy and sanitiser
 * have run.
 */
export default function rehypeHeldContent() {
  return (tree: Root, file: VFile) => {
    const { heldContent, heldElements } = file.data;
    if (!heldContent && !heldElements) return;
    walkElements(tree, (node) => {
      const shell = node.properties.dataHeldElement;
      if (shell !== undefined) {
        delete node.properties.dataHeldElement;
        const element = heldElements?.get(String(shell));
        if (element) {
          node.tagName = element.tagName;
          Object.assign(node.properties, element.properties);
        }
      }
      const key = node.properties.dataHeld;
      if (key === undefined) return;
      node.children = heldContent?.get(String(key)) ?? [];
      delete node.properties.dataHeld;
    });
  };
}
