import type { Root } from 'mdast';
import type {} from 'mdast-util-math';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { reportError } from './diagnostics.ts';

/** KaTeX commands that need `trust`, which the site does not give TeX: without it KaTeX prints them as red text. */
const UNTRUSTED = /\\(href|url|includegraphics|htmlClass|htmlId|htmlStyle|htmlData)(?![a-zA-Z])/;

/**
 * Two ways maths goes silently wrong: a `$$` never closed takes the rest of
 * the lecture into one formula, and commands KaTeX refuses without trust
 * show as red text. Both are errors at their line; an unclosed block is
 * shown as code so KaTeX does not report it a second time.
 */
export default function remarkMathChecks() {
  return (tree: Root, file: VFile) => {
    const lines = String(file.value).split('\n');
    visit(tree, (node, index, parent) => {
      if (node.type !== 'math' && node.type !== 'inlineMath') return;
      const untrusted = UNTRUSTED.exec(node.value)?.[1];
      if (untrusted) {
        reportError(file, {
          ruleId: 'math-untrusted', reason: `\\${untrusted} in maths needs trust, which this site does not give TeX`,
          fix: 'write a Markdown link or image next to the formula instead', place: node.position,
        });
      }
      const last = lines[(node.position?.end.line ?? 1) - 1] ?? '';
      // MyST's ```{math} fence closes as code fences do.
      const closing = /^\s*(`{3,}|~{3,})/.test(lines[(node.position?.start.line ?? 1) - 1] ?? '') ? /^\s*(`{3,}|~{3,})\s*$/ : /^\s*\$\$/;
      if (node.type === 'math' && !closing.test(last) && parent && index !== undefined) {
        reportError(file, {
          ruleId: 'unclosed-math', reason: 'Display maths opened with $$ is never closed: everything after it became maths',
          fix: 'close it with a line of $$', place: node.position?.start,
        });
        parent.children.splice(index, 1, { type: 'code', lang: 'tex', value: node.value, position: node.position });
      }
    });
  };
}
