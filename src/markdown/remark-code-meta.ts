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
      const { error, steps } = parseCodeMeta(node.meta);
      const lines = node.value.split('\n').length;
      const beyond = steps.flatMap((step) => [...step]).find((line) => line > lines);
      const problem = error ?? (beyond === undefined ? undefined : `line ${beyond} is past the end of this ${lines}-line block`);
      if (!problem) return;
      reportError(file, {
        ruleId: 'code-steps',
        reason: `Code highlight steps: ${problem}`,
        fix: 'write steps as {1|3-4|6}: line numbers or ranges of the block, "," within a step, "|" between steps',
        place: node.position,
      });
    });
  };
}
