import { readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/;

/** Number of line breaks before the first non-blank character of `text`. */
function leadingLineCount(text: string): number {
  const lead = text.slice(0, text.length - text.trimStart().length);
  return lead.split('\n').length - 1;
}

/**
 * How many lines of the file on disk precede the text that was handed to the
 * processor. Astro passes only the trimmed body (frontmatter and blank lines
 * removed), so without this every position would be off by that many lines.
 */
export function bodyLineOffset(raw: string, value: string): number {
  const frontmatter = FRONTMATTER.exec(raw)?.[0] ?? '';
  const frontmatterLines = frontmatter.split('\n').length - 1;
  const afterFrontmatter = raw.slice(frontmatter.length);
  return frontmatterLines + leadingLineCount(afterFrontmatter) - leadingLineCount(value);
}

function readSource(file: VFile): string | undefined {
  if (!file.path) return undefined;
  try {
    return readFileSync(file.path, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Shift every node position so that lines count from the top of the lecture
 * file, frontmatter included: error messages and `data-source-line` then name
 * the line a lecturer sees in the editor.
 */
export default function remarkSourceLines() {
  return (tree: Root, file: VFile) => {
    const raw = readSource(file);
    if (raw === undefined) return;
    const offset = bodyLineOffset(raw, String(file.value));
    if (offset === 0) return;
    visit(tree, (node) => {
      if (!node.position) return;
      node.position.start.line += offset;
      node.position.end.line += offset;
    });
  };
}
