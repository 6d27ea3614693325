import type { PhrasingContent, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { blockElement } from './block-element.ts';
import { reportError } from './diagnostics.ts';
import { directiveClasses, setDirectiveClasses } from './directive-classes.ts';
import { CALLOUT_NAMES } from './directive-names.ts';

/** Callout kinds (each a colour) and their default titles. */
const KINDS = { note: 'Note', tip: 'Tip', warning: 'Warning', important: 'Important', caution: 'Caution', exercise: 'Exercise', quote: 'Quote' } as const;
type Kind = keyof typeof KINDS;

/** MyST's admonitions (docutils' names): the kind each is drawn as, and its default title. */
const MYST: Record<string, [Kind, string]> = {
  attention: ['important', 'Attention'],
  danger: ['caution', 'Danger'],
  error: ['caution', 'Error'],
  hint: ['tip', 'Hint'],
  seealso: ['note', 'See also'],
};

/** Quarto's `appearance` values (default, simple, minimal): each but the default is a class. */
const APPEARANCES = ['default', 'simple', 'minimal'];

const isKind = (name: string): name is Kind => Object.hasOwn(KINDS, name);

/** The kind and default title a callout name stands for (`callout-tip`, `hint`, `admonition` with `:class: tip`). */
function kindOf(node: ContainerDirective): { kind: Kind; title: string } {
  const name = node.name.replace(/^callout-/, '');
  if (isKind(name)) return { kind: name, title: KINDS[name] };
  const myst = MYST[name];
  if (myst) return { kind: myst[0], title: myst[1] };
  const kind = directiveClasses(node).find(isKind) ?? 'note';
  return { kind, title: KINDS[kind] };
}

/** The title written for a callout: `[Label]` / MyST's argument, `title="…"`, or Quarto's leading heading, removed from the body. */
function takeTitle(node: ContainerDirective): PhrasingContent[] | undefined {
  const first = node.children[0];
  if (first?.type === 'paragraph' && first.data?.directiveLabel) {
    node.children.shift();
    return first.children;
  }
  const title = node.attributes?.title;
  if (title) return [{ type: 'text', value: title }];
  if (first?.type === 'heading') {
    node.children.shift();
    return first.children;
  }
  return undefined;
}

/** A yes/no attribute (`collapse="true"`), undefined when absent; anything else is reported. */
function flag(node: ContainerDirective, key: string, file: VFile): boolean | undefined {
  const value = node.attributes?.[key];
  if (value === undefined || value === null) return undefined;
  if (value === 'true' || value === 'false') return value === 'true';
  reportError(file, { ruleId: 'attribute-value', reason: `${key}="${value}" is neither true nor false`, fix: `write ${key}="true" or ${key}="false"`, place: node.position });
  return undefined;
}

/** Quarto's `appearance` as a class (`callout-simple`), checked. */
function appearanceClass(node: ContainerDirective, file: VFile): string[] {
  const value = node.attributes?.appearance;
  if (!value || value === 'default') return [];
  if (APPEARANCES.includes(value)) return [`callout-${value}`];
  reportError(file, { ruleId: 'attribute-value', reason: `appearance="${value}" is not a callout appearance`, fix: `write one of: ${APPEARANCES.join(', ')}`, place: node.position });
  return [];
}

/**
 * Callouts become titled boxes (`<aside class="callout callout-tip">`), as
 * written three ways: ours (`:::tip[Try this]`), Quarto's (`::: {.callout-tip
 * title="Try this" collapse="true"}`, or a heading as the title) and MyST's
 * admonitions (```` ```{admonition} Try this ```` with `:class: tip`,
 * `{hint}`, `:class: dropdown`). A collapsible callout is a `<details>`,
 * closed when `collapse="true"` (in the notes; slides show it open).
 */
export default function remarkCallouts() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'containerDirective', (node) => {
      if (!(CALLOUT_NAMES as readonly string[]).includes(node.name)) return;
      const { kind, title } = kindOf(node);
      const written = takeTitle(node) ?? [{ type: 'text', value: title }];
      const classes = directiveClasses(node);
      const dropdown = classes.includes('dropdown');
      const collapse = flag(node, 'collapse', file);
      flag(node, 'icon', file);
      setDirectiveClasses(node, classes.filter((name) => name !== kind && name !== 'dropdown'));
      const className = ['callout', `callout-${kind}`, ...appearanceClass(node, file)];
      if (collapse === undefined && !dropdown) {
        node.children.unshift({ type: 'paragraph', children: written, data: { hProperties: { className: ['callout-title'] } } });
      } else {
        const summary = blockElement('summary', { className: ['callout-title'] }, written);
        node.children = [blockElement('details', { className: ['callout-details'], open: collapse === false }, [summary, ...node.children])];
      }
      node.data = { ...node.data, hName: 'aside', hProperties: { className, role: 'note' } };
    });
  };
}
