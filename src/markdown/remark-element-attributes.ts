import { closest, distance } from 'fastest-levenshtein';
import type { Root } from 'mdast';
import type { ContainerDirective, TextDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { absoluteDeclarations } from './absolute-position.ts';
import { reportError } from './diagnostics.ts';
import { directiveClasses } from './directive-classes.ts';
import { COMMON_ATTRIBUTES, CONTAINER_DIRECTIVES, DECORATIONS, ELEMENT_AUTO_ANIMATE, FRAGMENT_EFFECTS, isKnownName, SPAN_NAMES } from './directive-names.ts';

type Properties = Record<string, unknown> & { className?: string[] };

/** Spans Pandoc renders as their own element. */
const SPAN_ELEMENTS: Record<string, string> = { underline: 'u', mark: 'mark' };

/** How the directive is written, for messages: `::: {.name}` or `[…]{.name}`. */
const written = (node: ContainerDirective | TextDirective) => (node.type === 'textDirective' ? `[…]{.${node.name}}` : `::: {.${node.name}}`);

/** The attributes a directive may carry: its name's, its decorations', and the common ones. */
function allowedKeys(node: ContainerDirective | TextDirective, classes: string[]): string[] {
  const known = node.type === 'textDirective' ? SPAN_NAMES : CONTAINER_DIRECTIVES;
  const decorations = classes.filter((name) => isKnownName(DECORATIONS, name)) as (keyof typeof DECORATIONS)[];
  return [...(known[node.name] ?? []), ...decorations.flatMap((name) => DECORATIONS[name]), ...COMMON_ATTRIBUTES];
}

/** `fragment-index` as reveal.js's `data-fragment-index`, fragment effects checked for typos. */
function applyFragment(node: ContainerDirective | TextDirective, classes: string[], properties: Properties, file: VFile) {
  const index = node.attributes?.['fragment-index'];
  if (index !== undefined && index !== null) {
    if (/^\d+$/.test(index)) properties.dataFragmentIndex = Number(index);
    else badValue(node, file, `fragment-index="${index}" is not a whole number`, 'write the step it appears at, e.g. fragment-index=2');
  }
  for (const name of classes) {
    if (FRAGMENT_EFFECTS.includes(name)) continue;
    const near = closest(name, FRAGMENT_EFFECTS);
    if (distance(name, near) > 2) continue;
    badValue(node, file, `Unknown fragment effect ".${name}"`, `did you mean ".${near}"?`);
  }
}

/** `.absolute top=… left=… width=…` as an inline style (lengths checked, so nothing else reaches the style). */
function absoluteStyle(node: ContainerDirective | TextDirective, file: VFile): string {
  return absoluteDeclarations(node.attributes ?? {}, (side, value) =>
    badValue(node, file, `${side}="${value}" is not a length`, `write a number of pixels (${side}=200) or a length with a unit (${side}="50%")`));
}

function badValue(node: ContainerDirective | TextDirective, file: VFile, reason: string, fix: string) {
  reportError(file, { ruleId: 'attribute-value', reason, fix, place: node.position });
}

/** Give one directive its element: classes written beside its name, its id, decorations and `data-id`; unknown attributes are errors. */
function finish(node: ContainerDirective | TextDirective, file: VFile) {
  const classes = directiveClasses(node);
  const all = [node.name, ...classes];
  const allowed = allowedKeys(node, all);
  for (const key of Object.keys(node.attributes ?? {})) {
    if (key === 'id' || key === 'class' || allowed.includes(key)) continue;
    reportError(file, {
      ruleId: 'unknown-attribute',
      reason: `Unknown attribute "${key}" on ${written(node)}`,
      fix: allowed.length > 0 ? `use one of: ${allowed.join(', ')}` : 'remove it (this block reads no attributes)',
      place: node.position,
    });
  }
  const data = (node.data ??= {});
  data.hName ??= node.type === 'textDirective' ? (SPAN_ELEMENTS[node.name] ?? 'span') : 'div';
  const properties: Properties = { ...(data.hProperties as Properties | undefined) };
  const own = properties.className ?? (['span', 'div'].includes(node.name) || SPAN_ELEMENTS[node.name] ? [] : [node.name]);
  properties.className = [...new Set([...own, ...classes])];
  if (all.includes('fragment')) {
    properties.className = ['fragment', ...properties.className.filter((name) => name !== 'fragment')];
    applyFragment(node, classes, properties, file);
  }
  const styles = [all.includes('absolute') ? absoluteStyle(node, file) : undefined, node.attributes?.style ?? undefined].filter(Boolean);
  if (styles.length > 0) properties.style = styles.join('; ');
  if (node.attributes?.id && properties.id === undefined) properties.id = node.attributes.id;
  if (node.attributes?.['data-id']) properties.dataId = node.attributes['data-id'];
  for (const [attribute, property] of Object.entries(ELEMENT_AUTO_ANIMATE)) {
    const value = node.attributes?.[attribute];
    if (value !== undefined && value !== null) properties[property] = value;
  }
  if (properties.className.length === 0) delete properties.className;
  data.hProperties = properties as typeof data.hProperties;
}

/**
 * The last word on every block and span before HTML: what the construct
 * plugins made of it, plus the classes written beside its name (Pandoc
 * keeps them), its `#id`, `data-id` and auto-animate settings, `style`
 * (checked later, by rehype-style-classes), and the decorations any element may
 * carry: `.fragment` (effects, `fragment-index`), `.absolute` (position and
 * size) and `.r-fit-text`. An attribute nothing reads is an error at its line.
 */
export default function remarkElementAttributes() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (node.type === 'textDirective' || (node.type === 'containerDirective' && node.name !== 'slide')) finish(node, file);
    });
  };
}
