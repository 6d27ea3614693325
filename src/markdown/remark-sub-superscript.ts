import type { PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { textPlace } from './text-place.ts';

/** Pandoc's superscript: `^2+^`, no unescaped space inside. */
const SUPERSCRIPT = /\^((?:[^\s^\\]|\\.)+)\^/g;

/** An element around text (mdast-util-to-hast names it). */
const wrap = (hName: 'sub' | 'sup', children: PhrasingContent[]): PhrasingContent => ({ type: 'emphasis', children, data: { hName } });

/** Split a text at `^…^` into text and superscripts, keeping each part's place in the file. */
function superscripts(node: Text): PhrasingContent[] | undefined {
  const piece = (start: number, end: number): Text => {
    const [from, to] = [textPlace(node, start), textPlace(node, end)];
    return { type: 'text', value: node.value.slice(start, end).replace(/\\(.)/g, '$1'), ...(from && to ? { position: { start: from, end: to } } : {}) };
  };
  const parts: PhrasingContent[] = [];
  let cursor = 0;
  for (const match of node.value.matchAll(SUPERSCRIPT)) {
    if (match.index > cursor) parts.push(piece(cursor, match.index));
    parts.push(wrap('sup', [piece(match.index + 1, match.index + match[0].length - 1)]));
    cursor = match.index + match[0].length;
  }
  if (cursor === 0) return undefined;
  if (cursor < node.value.length) parts.push(piece(cursor, node.value.length));
  return parts;
}

/**
 * Pandoc's subscripts and superscripts, as Quarto users write chemistry:
 * `CsPbI~3~`, `Pb^2+^`. GFM reads `~3~` as strikethrough; in Pandoc one
 * tilde is a subscript and two are strikethrough, so a single-tilde
 * strikethrough becomes `<sub>`. `^…^` in text becomes `<sup>`.
 */
export default function remarkSubSuperscript() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    visit(tree, (node, index, parent) => {
      if (node.type === 'delete') {
        const start = node.position?.start.offset;
        if (start !== undefined && source[start + 1] !== '~') node.data = { ...node.data, hName: 'sub' };
        return;
      }
      if (node.type !== 'text' || !parent || index === undefined) return;
      const parts = superscripts(node);
      if (!parts) return;
      parent.children.splice(index, 1, ...(parts as typeof parent.children));
      return [SKIP, index + parts.length];
    });
  };
}
