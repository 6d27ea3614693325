import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type {} from './remark-executed-cells.ts';

/**
 * Put the rendered outputs of code cells into their elements, after the lecture's HTML policy and
 * sanitiser have run. Those are for HTML a lecturer writes; an output was made safe for what it is
 * when it was rendered (src/execute/sanitize-html.ts, sanitize-svg.ts: inline SVG, data-URI images,
 * scoped table headers), which the lecture policy would refuse or strip.
 */
export default function rehypeCellOutputs() {
  return (tree: Root, file: VFile) => {
    const held = file.data.heldCellOutputs;
    if (!held) return;
    visit(tree, 'element', (node) => {
      const key = node.properties.dataCellOutput;
      if (key === undefined) return;
      node.children = held.get(String(key)) ?? [];
      delete node.properties.dataCellOutput;
    });
  };
}
