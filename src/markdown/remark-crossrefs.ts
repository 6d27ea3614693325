import type { Link, Parent, PhrasingContent, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { findCitations, type CitationMatch } from '../references/citation-syntax.ts';
import { addCrossrefTarget, crossrefKindOf, crossrefTargets, crossrefText, type CrossrefTarget } from './crossrefs.ts';
import { reportError, type DiagnosticInput } from './diagnostics.ts';
import type {} from './pandoc/types.ts';
import { equationLink } from './remark-equation-numbers.ts';
import { textPlace } from './text-place.ts';

/** MyST's reference roles, resolved here with `@label`. */
export const REFERENCE_ROLES = ['eq', 'numref', 'ref'];

/** The label a key names when it is a cross-reference: `fig-x`, or `Fig-x` (Quarto's capitalised form). */
function crossrefLabel(key: string): string | undefined {
  const label = key.replace(/^[A-Z](?=[a-z]*-)/, (letter) => letter.toLowerCase());
  return crossrefKindOf(label) ? label : undefined;
}

const link = (target: CrossrefTarget, text: string): Link => ({
  type: 'link', url: `#${target.id}`, children: [{ type: 'text', value: text }], data: { hProperties: { className: ['crossref'] } },
});

/** The text of one reference: `@fig-x` "Figure 1", `-@fig-x` "1", `[Fig @fig-x]` "Fig 1". */
function referenceText(target: CrossrefTarget, prefix: string | undefined, suppressed: boolean): string {
  return crossrefText(target, suppressed ? '' : prefix);
}

/** Whether the item naming `key` in a citation's source is written `-@key` (no prefix). */
function isSuppressed(source: string, key: string): boolean {
  return new RegExp(`(^|[\\s\\[;])-@${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(source);
}

/**
 * Resolve the `@label` references of a lecture: figures, tables, equations
 * and sections labelled `#fig-`, `#tbl-`, `#eq-`, `#sec-` (Quarto), and MyST's
 * `{eq}`, `{numref}` and `{ref}` roles. Each becomes a link to its target
 * with its number ("Figure 2", "(3)") or, for a section, its title. Headings
 * with an id are the section targets. A label the lecture does not have is
 * an error at the reference, not an unknown citation.
 */
export default function remarkCrossrefs() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'heading', (node) => {
      const id = node.data?.attributes?.id;
      if (id) addCrossrefTarget(file, id, 'sec', node.position, { title: toString(node) });
    });
    const targets = crossrefTargets(file);
    const unknown = (label: string, written: string, place: DiagnosticInput['place']) => {
      const kind = crossrefKindOf(label);
      const known = [...targets.keys()].filter((id) => kind ? crossrefKindOf(id) === kind : true);
      reportError(file, {
        ruleId: 'crossref-unknown-label',
        reason: `Unknown cross-reference "${written}": nothing in this lecture is labelled "${label}"`,
        fix: `label its target {#${label}}, or correct the reference${known.length > 0 ? ` (labels here: ${known.join(', ')})` : ''}`,
        place,
      });
    };

    /** The nodes one citation-shaped match becomes, if it is made of cross-references. */
    const resolve = (node: Text, match: CitationMatch, paragraph: Parent): PhrasingContent[] | undefined => {
      const labels = match.items.map((item) => crossrefLabel(item.key));
      if (labels.every((label) => label === undefined)) return undefined;
      const source = node.value.slice(Math.max(0, match.index - 1), match.index + match.length);
      const nodes: PhrasingContent[] = [];
      match.items.forEach((item, index) => {
        const label = labels[index];
        const target = label ? targets.get(label) : undefined;
        if (!target) {
          unknown(label ?? item.key, `@${item.key}`, textPlace(node, match.index) ?? paragraph.position?.start);
          return;
        }
        if (nodes.length > 0) nodes.push({ type: 'text', value: ', ' });
        nodes.push(link(target, referenceText(target, item.prefix, isSuppressed(source, item.key))));
      });
      // Unresolved, it shows as Quarto shows it, `?@fig-x`, in code (so it is not read again as a citation).
      return nodes.length === match.items.length ? nodes : [{ type: 'inlineCode', value: `?${node.value.slice(match.index, match.index + match.length)}` }];
    };

    visit(tree, 'text', (node, index, parent) => {
      if (index === undefined || !parent || parent.type === 'link' || !node.value.includes('@')) return;
      const replacement: PhrasingContent[] = [];
      let cursor = 0;
      for (const match of findCitations(node.value)) {
        const nodes = resolve(node, match, parent);
        if (!nodes) continue;
        // A `-@fig-x` keeps its dash out of the text.
        const start = node.value[match.index - 1] === '-' && match.mode === 'intext' ? match.index - 1 : match.index;
        replacement.push({ type: 'text', value: node.value.slice(cursor, start) }, ...nodes);
        cursor = match.index + match.length;
      }
      if (cursor === 0) return;
      replacement.push({ type: 'text', value: node.value.slice(cursor) });
      const kept = replacement.filter((child) => child.type !== 'text' || child.value !== '');
      parent.children.splice(index, 1, ...kept);
      return index + kept.length;
    });

    visit(tree, 'role', (node, index, parent) => {
      if (!REFERENCE_ROLES.includes(node.name) || index === undefined || !parent) return;
      const written = /^(.*?)\s*<([^<>]+)>$/.exec(node.value);
      const label = written?.[2] ?? node.value;
      const target = targets.get(label);
      if (!target) {
        unknown(label, `{${node.name}}\`${node.value}\``, node.position);
        return;
      }
      const custom = written?.[1]?.replace('%s', String(target.number));
      const text = custom || (node.name === 'ref' ? (target.title || crossrefText(target)) : crossrefText(target));
      parent.children[index] = node.name === 'eq' && !custom ? equationLink(target) : link(target, text);
    });
  };
}
