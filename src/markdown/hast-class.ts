import type { Element } from 'hast';

/** Whether an element has a class, in hast's `className` list or in the `class` string Shiki sets. */
export function hasClass(node: Element, name: string): boolean {
  const classes = node.properties.className ?? node.properties.class;
  return (Array.isArray(classes) ? classes.map(String) : String(classes ?? '').split(/\s+/)).includes(name);
}
