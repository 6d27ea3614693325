import type { Element } from 'hast';

/** Whether an element has a class, in hast's `className` list or in the `class` string Shiki sets. */
export function hasClass(node: Element, name: string): boolean {
  const classes = node.properties.className ?? node.properties.class;
  // Asked of every element of large trees: no array made for a className list.
  if (Array.isArray(classes)) return classes.some((value) => String(value) === name);
  return String(classes ?? '').split(/\s+/).includes(name);
}
