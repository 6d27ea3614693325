import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { parseCodeMeta } from './code-meta.ts';
import { reportError } from './diagnostics.ts';

/**
 * Check code fence meta before Shiki sees it (Shiki has no file to report
 * to): a step list it cannot read is an error at the fence's line.
 */
export default function remarkCodeMeta() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'code', (node) => {
      const { error } = parseCodeMeta(node.meta);
      if (!error) return;
      reportError(file, {
        ruleId: 'code-steps',
        reason: `Code highlight steps: ${error}`,
        fix: 'write steps as {1|3-4|6}: line numbers or ranges, "," within a step, "|" between steps',
        place: node.position,
      });
    });
  };
}
