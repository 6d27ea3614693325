import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';

/** A block, leaf or span directive. */
export type Directive = ContainerDirective | LeafDirective | TextDirective;

/** The classes written on a directive besides its name (`::: {.fragment .fade-up}` named fragment → `fade-up`). */
export function directiveClasses(node: Directive): string[] {
  return (node.attributes?.class ?? '').split(/\s+/).filter(Boolean);
}

/** Replace the classes of a directive (none removes the `class` attribute). */
export function setDirectiveClasses(node: Directive, classes: readonly string[]): void {
  const attributes = { ...node.attributes };
  if (classes.length > 0) attributes.class = classes.join(' ');
  else delete attributes.class;
  node.attributes = attributes;
}
