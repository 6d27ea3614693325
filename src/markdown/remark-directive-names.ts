import { closest, distance } from 'fastest-levenshtein';
import type { PhrasingContent, Root } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { reportError } from './diagnostics.ts';
import { CONTAINER_DIRECTIVES, LEAF_DIRECTIVES } from './directive-names.ts';

function suggestion(name: string, known: readonly string[]): string {
  const best = closest(name, [...known]);
  return distance(name, best) <= 2 ? `did you mean "${best}"?` : `use one of: ${known.join(', ')}`;
}

/** The text a text directive was written as, so prose like "ratio:high" survives. */
function asText(node: TextDirective): PhrasingContent[] {
  const label = node.children.length > 0 ? [{ type: 'text', value: '[' } as const, ...node.children, { type: 'text', value: ']' } as const] : [];
  return [{ type: 'text', value: `:${node.name}` }, ...label];
}

/** Join neighbouring text nodes again, so later plugins see "eq:x" as one run of text. */
function mergeTexts(children: PhrasingContent[]): void {
  for (let index = children.length - 1; index > 0; index--) {
    const [before, after] = [children[index - 1]!, children[index]!];
    if (before.type !== 'text' || after.type !== 'text') continue;
    before.value += after.value;
    if (before.position && after.position) before.position.end = after.position.end;
    children.splice(index, 1);
  }
}

/**
 * Catch misspelt block directives (`:::nots`) at their line, with a
 * suggestion. Inline `:name` is not a directive here: it goes back to text.
 */
export default function remarkDirectiveNames() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node, index, parent) => {
      if (node.type === 'textDirective' && parent && index !== undefined) {
        parent.children.splice(index, 1, ...(asText(node) as typeof parent.children));
        mergeTexts(parent.children as PhrasingContent[]);
        return index > 0 ? index - 1 : index;
      }
      if (node.type !== 'containerDirective' && node.type !== 'leafDirective') return;
      const known: readonly string[] = node.type === 'containerDirective' ? CONTAINER_DIRECTIVES : LEAF_DIRECTIVES;
      if (known.includes(node.name)) return;
      const fence = node.type === 'containerDirective' ? ':::' : '::';
      reportError(file, {
        ruleId: 'unknown-directive',
        reason: `Unknown directive "${fence}${node.name}"`,
        fix: suggestion(node.name, known),
        place: node.position,
      });
    });
  };
}
