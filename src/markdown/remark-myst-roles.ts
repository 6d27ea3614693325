import type { PhrasingContent, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { reportError } from './diagnostics.ts';
import type { Role } from './pandoc/types.ts';
import { REFERENCE_ROLES } from './remark-crossrefs.ts';

/** `text <target>`: a role's own link text and its target. */
function titled(value: string): { text?: string; target: string } {
  const match = /^(.*?)\s*<([^<>]+)>$/.exec(value);
  return match?.[1] ? { text: match[1], target: match[2]! } : { target: match?.[2] ?? value };
}

/** Citation keys of `{cite}`a,b``, as Pandoc writes them. */
const keys = (value: string) => value.split(',').map((key) => key.trim()).filter(Boolean);

/** What each role this plugin reads becomes. */
const ROLES: Record<string, (role: Role) => PhrasingContent> = {
  // A lecture of the course by its file name: its notes (the link is checked like any other).
  doc: (role) => {
    const { text, target } = titled(role.value);
    const id = target.replace(/^\.?\/?/, '').replace(/\.(md|qmd|ipynb)$/, '');
    return { type: 'link', url: `/notes/${id}/`, children: [{ type: 'text', value: text ?? id }] };
  },
  // Citations, handed to the citation plugin in Pandoc's syntax.
  cite: (role) => ({ type: 'text', value: `[${keys(role.value).map((key) => `@${key}`).join('; ')}]` }),
  'cite:p': (role) => ROLES.cite!(role),
  'cite:t': (role) => ({ type: 'text', value: keys(role.value).map((key) => `@${key}`).join(', ') }),
  math: (role) => ({
    type: 'inlineMath',
    value: role.value,
    data: { hName: 'code', hProperties: { className: ['language-math', 'math-inline'] }, hChildren: [{ type: 'text', value: role.value }] },
  }),
  sub: (role) => ({ type: 'emphasis', children: [{ type: 'text', value: role.value }], data: { hName: 'sub' } }),
  sup: (role) => ({ type: 'emphasis', children: [{ type: 'text', value: role.value }], data: { hName: 'sup' } }),
  abbr: (role) => {
    const match = /^(.*?)\s*\(([^()]+)\)$/.exec(role.value);
    return { type: 'emphasis', children: [{ type: 'text', value: match?.[1] ?? role.value }], data: { hName: 'abbr', hProperties: match ? { title: match[2] } : {} } };
  },
};

/**
 * MyST roles Jupyter Book users write: `` {doc}`02-ml-basics` `` (a link to
 * that lecture's notes), `` {cite}`key` `` (a citation), `` {math}`x^2` ``,
 * `{sub}`, `{sup}` and `{abbr}`. `{eq}`, `{numref}` and `{ref}` are
 * cross-references (remark-crossrefs); any other role is an error at its
 * place, naming the supported ones.
 */
export default function remarkMystRoles() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'role', (node, index, parent) => {
      if (REFERENCE_ROLES.includes(node.name) || !parent || index === undefined) return;
      const make = ROLES[node.name];
      if (make) {
        parent.children[index] = { ...make(node), position: node.position };
        return;
      }
      reportError(file, {
        ruleId: 'unknown-role',
        reason: `The MyST role {${node.name}} is not read here`,
        fix: `use one of: ${[...Object.keys(ROLES), ...REFERENCE_ROLES].map((name) => `{${name}}`).join(', ')}, or write Markdown`,
        place: node.position,
      });
      parent.children.splice(index, 1, { type: 'inlineCode', value: node.value, position: node.position });
    });
  };
}
