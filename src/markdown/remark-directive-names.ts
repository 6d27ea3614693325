import { closest, distance } from 'fastest-levenshtein';
import type { Root } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { reportError } from './diagnostics.ts';
import { CONTAINER_ALIASES, CONTAINER_DIRECTIVES, DECORATIONS, isKnownName, LEAF_DIRECTIVES, SPAN_NAMES } from './directive-names.ts';
import { directiveClasses, setDirectiveClasses } from './directive-classes.ts';

/** The known name nearest to `name`, when it is near enough to be a typo of it. */
function nearName(name: string, known: readonly string[]): string | undefined {
  const best = closest(name, [...known]);
  return distance(name, best) <= 2 ? best : undefined;
}

function suggestion(name: string, known: readonly string[]): string {
  const best = nearName(name, known);
  return best ? `did you mean "${best}"?` : `use one of: ${known.join(', ')}`;
}

/** The name a class stands for (`r-stretch` is `stretch`). */
const canonical = (name: string) => CONTAINER_ALIASES[name] ?? name;

/**
 * Name a Pandoc div or span by its classes: the first class that names a
 * block (or span), else the first decoration (`.fragment`), else the
 * plain element. The other classes stay classes. A class that is not known
 * but is one or two letters from a known name (`.callout-tipp`) is a typo.
 */
function nameByClasses(node: ContainerDirective | TextDirective, known: Record<string, readonly string[]>, plain: string, file: VFile) {
  const classes = [...(node.name === plain ? [] : [node.name]), ...directiveClasses(node)];
  const names = classes.map(canonical);
  const chosen = names.find((name) => isKnownName(known, name) && !isKnownName(DECORATIONS, name))
    ?? names.find((name) => isKnownName(known, name));
  if (chosen) {
    node.name = chosen;
    setDirectiveClasses(node, classes.filter((_, index) => names[index] !== chosen));
    return;
  }
  const knownNames = Object.keys(known).filter((name) => name !== plain);
  const typo = classes.find((name) => name.length >= 4 && nearName(name, knownNames));
  if (typo) {
    reportError(file, {
      ruleId: 'unknown-directive',
      reason: `Unknown class ".${typo}"`,
      fix: `did you mean ".${nearName(typo, knownNames)}"?`,
      place: node.position,
    });
  }
  node.name = plain;
  setDirectiveClasses(node, classes);
}

/** Our `:::name` and `::name` and MyST's `{name}`: the name is the one written, and must be known. */
function checkWrittenName(node: ContainerDirective | LeafDirective, file: VFile) {
  const known = node.type === 'containerDirective' ? CONTAINER_DIRECTIVES : LEAF_DIRECTIVES;
  node.name = canonical(node.name);
  if (isKnownName(known, node.name)) return;
  const fence = node.type === 'leafDirective' ? '::' : node.data?.fence?.form === 'myst' ? '```{…}' : ':::';
  reportError(file, {
    ruleId: 'unknown-directive',
    reason: `Unknown directive "${fence === '```{…}' ? `{${node.name}}` : `${fence}${node.name}`}"`,
    fix: suggestion(node.name, Object.keys(known)),
    place: node.position,
  });
}

/**
 * Settle what each block and span is: Pandoc's `::: {.notes}`, `::: notes`
 * and `[text]{.fragment}` are named by their classes; our `:::notes` and
 * MyST's `{note}` by the name written. Misspelt names are errors at their
 * line, with a suggestion.
 */
export default function remarkDirectiveNames() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (node.type === 'textDirective') nameByClasses(node, SPAN_NAMES, 'span', file);
      else if (node.type === 'containerDirective' && node.data?.fence?.form === 'pandoc') nameByClasses(node, CONTAINER_DIRECTIVES, 'div', file);
      else if (node.type === 'containerDirective' || node.type === 'leafDirective') checkWrittenName(node, file);
    });
  };
}
