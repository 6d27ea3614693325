import type { Link, PhrasingContent, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { findCitations, type CitationMatch } from '../references/citation-syntax.ts';
import type { CitationContext } from '../references/context.ts';
import { bracketItemText, citeLabels, isNumeric } from '../references/format.ts';
import { reportError } from './diagnostics.ts';
import { textPlace } from './text-place.ts';

/** Per-lecture numbering and occurrence counts, so ids and numbers are stable. */
class CiteCounter {
  private numbers = new Map<string, number>();
  private uses = new Map<string, number>();
  number(key: string): number {
    if (!this.numbers.has(key)) this.numbers.set(key, this.numbers.size + 1);
    return this.numbers.get(key)!;
  }
  nextId(key: string): string {
    const count = (this.uses.get(key) ?? 0) + 1;
    this.uses.set(key, count);
    return `cite-${key}-${count}`;
  }
}

function citeLink(key: string, text: string, counter: CiteCounter): Link {
  return {
    type: 'link',
    url: `#ref-${key}`,
    children: [{ type: 'text', value: text }],
    data: { hProperties: { id: counter.nextId(key), className: ['cite-link'], dataCite: key } },
  };
}

/** The nodes a citation becomes: links to the bibliography with the style's labels. */
function renderCitation(match: CitationMatch, context: CitationContext, counter: CiteCounter): PhrasingContent[] {
  const numeric = isNumeric(context.style);
  const labelsOf = (key: string) => citeLabels(context.bibliography.entries.get(key)!, context.style, counter.number(key));
  if (match.mode === 'intext') {
    const key = match.items[0]!.key;
    return [citeLink(key, labelsOf(key).inText, counter)];
  }
  const nodes: PhrasingContent[] = [{ type: 'text', value: numeric ? '[' : '(' }];
  match.items.forEach((item, index) => {
    if (index > 0) nodes.push({ type: 'text', value: numeric ? ', ' : '; ' });
    nodes.push(citeLink(item.key, bracketItemText(item, labelsOf(item.key)), counter));
  });
  nodes.push({ type: 'text', value: numeric ? ']' : ')' });
  return nodes;
}

/**
 * Pandoc-style citations (`[@key]`, `[@key, p. 3]`, `[@a; @b]`, `@key`) in
 * slides, speaker notes and notes-only blocks become links to the lecture's
 * bibliography, labelled in the course's CSL style. An unknown key is an
 * error at its line; the text is left as written.
 */
export default function remarkCitations(options: { context: CitationContext }) {
  return (tree: Root, file: VFile) => {
    const { context } = options;
    const counter = new CiteCounter();
    visit(tree, 'text', (node, index, parent) => {
      if (index === undefined || !parent || parent.type === 'link') return;
      const matches = findCitations(node.value);
      if (matches.length === 0) return;
      const replacement: PhrasingContent[] = [];
      let cursor = 0;
      for (const match of matches) {
        const unknown = match.items.filter((item) => !context.bibliography.entries.has(item.key));
        // A bibliography that could not be read is one error of its own, not one per citation.
        for (const item of context.bibliography.unreadable ? [] : unknown) {
          reportError(file, {
            ruleId: 'citation-unknown-key',
            reason: `Unknown citation key "@${item.key}"`,
            fix: `add an entry with this key to ${context.bibliography.path}, or correct the key`,
            place: textPlace(node, match.index),
          });
        }
        if (unknown.length > 0) continue;
        replacement.push({ type: 'text', value: node.value.slice(cursor, match.index) });
        replacement.push(...renderCitation(match, context, counter));
        cursor = match.index + match.length;
      }
      replacement.push({ type: 'text', value: node.value.slice(cursor) });
      const kept = replacement.filter((child) => child.type !== 'text' || child.value !== '');
      parent.children.splice(index, 1, ...kept);
      return index + kept.length;
    });
  };
}
