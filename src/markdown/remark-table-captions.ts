import type { Paragraph, Parent, PhrasingContent, Root, RootContent, Table, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { addCrossrefTarget, crossrefText } from './crossrefs.ts';
import type { Figure } from './remark-figures.ts';

/** Pandoc's caption paragraph: `: Caption` or `Table: Caption`. */
const CAPTION_START = /^(?:Table)?:\s+/;

/** A caption paragraph's text without its `:` or `Table:` lead. */
function captionText(paragraph: RootContent | undefined): PhrasingContent[] | undefined {
  if (paragraph?.type !== 'paragraph') return undefined;
  const [first, ...rest] = paragraph.children;
  if (first?.type !== 'text' || !CAPTION_START.test(first.value)) return undefined;
  const lead: Text = { ...first, value: first.value.replace(CAPTION_START, '') };
  return [...(lead.value ? [lead] : []), ...rest];
}

/**
 * The table (and caption) a block holds: a table with a caption paragraph
 * right after or before it, or Quarto's `::: {#tbl-x}` div around a table
 * and its caption (as its last paragraph). The label comes from the caption's
 * `{#tbl-x}` or the div's id.
 */
function captioned(children: RootContent[], index: number): { table: Table; caption?: PhrasingContent[]; label?: string; from: number; count: number } | undefined {
  const node = children[index]!;
  if (node.type === 'table') {
    for (const at of [index + 1, index - 1]) {
      const caption = captionText(children[at]);
      if (caption) return { table: node, caption, label: (children[at] as Paragraph).data?.attributes?.id, from: Math.min(at, index), count: 2 };
    }
    return undefined;
  }
  if (node.type !== 'containerDirective' || node.name !== 'div' || !node.attributes?.id?.startsWith('tbl-')) return undefined;
  const table = node.children.find((child): child is Table => child.type === 'table');
  const last = node.children.at(-1);
  if (!table) return undefined;
  const caption = last?.type === 'paragraph' ? (captionText(last) ?? last.children) : undefined;
  return { table, caption, label: node.attributes.id, from: index, count: 1 };
}

/**
 * Table captions the Pandoc way: a `: Caption {#tbl-x}` paragraph next to a
 * table (or `::: {#tbl-x}` around both) makes a captioned table,
 * `<figure class="table-figure" id="tbl-x"><figcaption>Table 1: Caption`,
 * numbered through the lecture and registered for `@tbl-x`; a caption
 * without a label is shown unnumbered.
 */
export default function remarkTableCaptions() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (!('children' in node)) return;
      const children = (node as Parent).children as RootContent[];
      for (let index = 0; index < children.length; index++) {
        const found = captioned(children, index);
        if (!found) continue;
        const { table, caption, label } = found;
        const target = label?.startsWith('tbl-') ? addCrossrefTarget(file, label, 'tbl', table.position, { title: caption ? toString({ type: 'paragraph', children: caption }) : '' }) : undefined;
        const lead: PhrasingContent[] = target ? [{ type: 'strong', children: [{ type: 'text', value: `${crossrefText(target)}:` }] }, { type: 'text', value: ' ' }] : [];
        const figcaption: Paragraph[] = caption || target ? [{ type: 'paragraph', children: [...lead, ...(caption ?? [])], data: { hName: 'figcaption' } }] : [];
        const figure: Figure = {
          type: 'figure',
          children: [...figcaption, table],
          data: { hName: 'figure', hProperties: { className: ['table-figure'], ...(target ? { id: target.id } : {}) } },
        };
        children.splice(found.from, found.count, figure);
        index = found.from;
      }
      return node.type === 'figure' ? SKIP : undefined;
    });
  };
}
