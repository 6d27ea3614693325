import type { Link, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { reportError } from './diagnostics.ts';

const LABEL = /\\label\{([^}]+)\}/;
const EQREF = /\\eqref\{([^}]+)\}/g;

/** The anchor id of an equation label. */
function equationId(label: string): string {
  return `eq-${label.replace(/[^\w-]+/g, '-')}`;
}

/**
 * Number display equations that carry `\label{eq:x}` (KaTeX draws the number
 * with `\tag`) and turn `\eqref{eq:x}` in the text into a link "(n)". Numbers
 * come from the lecture's order, so slides and notes agree. A reference to a
 * label that does not exist is an error at its line.
 */
export default function remarkEquationNumbers() {
  return (tree: Root, file: VFile) => {
    const numbers = new Map<string, number>();
    visit(tree, 'math', (node, index, parent) => {
      const label = LABEL.exec(node.value)?.[1];
      if (!label || index === undefined || !parent) return;
      numbers.set(label, numbers.size + 1);
      const tagged = (tex: string) => tex.replace(LABEL, `\\tag{${numbers.get(label)}}`);
      node.value = tagged(node.value);
      // remark-math prepared the HTML at parse time; its text must change too.
      visit({ type: 'root', children: (node.data?.hChildren ?? []) as never[] } as Root, 'text', (text) => {
        text.value = tagged(text.value);
      });
      parent.children.splice(index, 0, { type: 'html', value: `<span id="${equationId(label)}" class="equation-anchor"></span>` });
      return index + 2;
    });
    visit(tree, 'text', (node, index, parent) => {
      if (index === undefined || !parent || !node.value.includes('\\eqref{')) return;
      const parts: (Text | Link)[] = [];
      let cursor = 0;
      for (const match of node.value.matchAll(EQREF)) {
        const label = match[1]!;
        const number = numbers.get(label);
        if (!number) {
          reportError(file, {
            ruleId: 'equation-unknown-label', reason: `\\eqref{${label}} refers to no \\label{${label}}`,
            fix: 'add \\label{…} to the display equation, or correct the name', place: node.position,
          });
          continue;
        }
        parts.push({ type: 'text', value: node.value.slice(cursor, match.index) });
        parts.push({ type: 'link', url: `#${equationId(label)}`, children: [{ type: 'text', value: `(${number})` }], data: { hProperties: { className: ['eqref'] } } });
        cursor = match.index + match[0].length;
      }
      parts.push({ type: 'text', value: node.value.slice(cursor) });
      const kept = parts.filter((part) => part.type !== 'text' || part.value);
      parent.children.splice(index, 1, ...kept);
      return index + kept.length;
    });
  };
}
