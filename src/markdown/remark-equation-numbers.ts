import type { Link, Root, Text } from 'mdast';
import type { Math } from 'mdast-util-math';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { addCrossrefTarget, type CrossrefTarget } from './crossrefs.ts';
import { reportError } from './diagnostics.ts';
import { textPlace } from './text-place.ts';

const LABEL = /\\label\{([^}]+)\}/;
const EQREF = /\\eqref\{([^}]+)\}/g;

/** The anchor id of a `\label{…}` (`eq:x` → `eq-eq-x`). */
function equationId(label: string): string {
  return `eq-${label.replace(/[^\w-]+/g, '-')}`;
}

/** Put `\tag{n}` into the TeX (KaTeX draws the number), where `\label` was or at the end. */
function tag(node: Math, number: number): void {
  const tagged = (tex: string) => (LABEL.test(tex) ? tex.replace(LABEL, `\\tag{${number}}`) : `${tex} \\tag{${number}}`);
  node.value = tagged(node.value);
  // remark-math prepared the HTML at parse time; its text must change too.
  visit({ type: 'root', children: (node.data?.hChildren ?? []) as never[] } as Root, 'text', (text) => {
    text.value = tagged(text.value);
  });
}

/** A link "(n)" to an equation: how `\eqref` and MyST's `{eq}` read. */
export function equationLink(target: CrossrefTarget): Link {
  return { type: 'link', url: `#${target.id}`, children: [{ type: 'text', value: `(${target.number})` }], data: { hProperties: { className: ['eqref', 'crossref'] } } };
}

/** Part of a text node, placed where it stands in the file (later plugins report problems in it). */
function slice(node: Text, start: number, end: number): Text {
  const [from, to] = [textPlace(node, start), textPlace(node, end)];
  return { type: 'text', value: node.value.slice(start, end), ...(from && to ? { position: { start: from, end: to } } : {}) };
}

/** Turn `\eqref{…}` in a text into links; unknown labels are errors at the text. */
function linkEqrefs(node: Text, labels: Map<string, CrossrefTarget>, file: VFile): (Text | Link)[] {
  const parts: (Text | Link)[] = [];
  let cursor = 0;
  for (const match of node.value.matchAll(EQREF)) {
    const label = match[1]!;
    const target = labels.get(label);
    if (!target) {
      reportError(file, {
        ruleId: 'equation-unknown-label', reason: `\\eqref{${label}} refers to no \\label{${label}}`,
        fix: 'add \\label{…} to the display equation, or correct the name', place: node.position,
      });
      continue;
    }
    parts.push(slice(node, cursor, match.index), equationLink(target));
    cursor = match.index + match[0].length;
  }
  parts.push(slice(node, cursor, node.value.length));
  return parts.filter((part) => part.type !== 'text' || part.value);
}

/**
 * Number display equations that are labelled — Quarto's `$$ … $$ {#eq-x}`,
 * MyST's `:label:` and `$$ … $$ (label)`, or `\label{eq:x}` in the TeX —
 * in one count through the lecture (so slides and notes agree), with an
 * anchor to link to; KaTeX draws the number (`\tag`). `\eqref{eq:x}` in the
 * text becomes a link "(n)"; `@eq-x` is resolved with the other
 * cross-references. A reference to a label that does not exist is an error.
 */
export default function remarkEquationNumbers() {
  return (tree: Root, file: VFile) => {
    const labels = new Map<string, CrossrefTarget>();
    visit(tree, 'math', (node, index, parent) => {
      const texLabel = LABEL.exec(node.value)?.[1];
      const id = node.data?.attributes?.id ?? (texLabel ? equationId(texLabel) : undefined);
      if (!id || index === undefined || !parent) return;
      const target = addCrossrefTarget(file, id, 'eq', node.position);
      if (!target) return;
      if (texLabel) labels.set(texLabel, target);
      tag(node, target.number);
      // An element, not raw HTML: the id is the author's text (MyST labels may hold any character).
      parent.children.splice(index, 0, { type: 'paragraph', children: [], data: { hName: 'span', hProperties: { id, className: ['equation-anchor'] } } });
      return index + 2;
    });
    visit(tree, 'text', (node, index, parent) => {
      if (index === undefined || !parent || !node.value.includes('\\eqref{')) return;
      const parts = linkEqrefs(node, labels, file);
      parent.children.splice(index, 1, ...parts);
      return index + parts.length;
    });
  };
}
