import type { Root } from 'hast';
import { walkElements } from './hast-walk.ts';

/**
 * Display math arrives as `<pre><code class="math-display">` where only the
 * `<pre>` knows its source position; copy it to the `<code>` so rehype-katex
 * can report a TeX error at its line.
 */
export default function rehypeMathPositions() {
  return (tree: Root) => {
    walkElements(tree, (node, _index, parent) => {
      if (node.tagName !== 'code' || node.position || parent?.type !== 'element') return;
      const classes = node.properties.className;
      if (Array.isArray(classes) && classes.includes('math-display')) node.position = parent.position;
    });
  };
}
