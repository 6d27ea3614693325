import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { reportError } from './diagnostics.ts';

/** The source text of a node. */
function sourceOf(node: Nodes, file: VFile): string {
  const { start, end } = node.position ?? {};
  return start?.offset === undefined || end?.offset === undefined ? '' : String(file.value).slice(start.offset, end.offset);
}

/** Whether the block's last line closes what its first line opened (same character, long enough). */
function isClosed(source: string, marker: '`' | '~'): boolean {
  const lines = source.split('\n');
  if (lines.length < 2) return false;
  const opening = new RegExp(`^\\s*(\\${marker}{3,})`).exec(lines[0]!)?.[1]?.length ?? 3;
  return new RegExp(`^\\s*\\${marker}{${opening},}\\s*$`).test(lines.at(-1)!);
}

/**
 * An unclosed code fence silently swallows the rest of the lecture (every
 * later slide vanishes into it); report it at its opening line. Unclosed
 * `:::` blocks are reported by the Pandoc syntax layer, which reads them.
 */
export default function remarkUnclosedBlocks() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'code', (node) => {
      const source = sourceOf(node, file);
      const marker = source.trimStart().startsWith('~') ? '~' : '`';
      if (!/^\s*(```|~~~)/.test(source) || isClosed(source, marker)) return;
      reportError(file, {
        ruleId: 'unclosed-fence',
        reason: 'Code fence is never closed: everything after it became code',
        fix: `close it with a line of ${marker.repeat(3)}`,
        place: node.position?.start,
      });
    });
  };
}
