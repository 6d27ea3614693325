import type { Attributes } from './pandoc/types.ts';

/** Quarto's numbering classes (`{-}`, `.unnumbered`, `.unlisted`): headings are not numbered here, so they do nothing. */
const NUMBERING_CLASSES = new Set(['unnumbered', 'unlisted']);

/** The classes of a heading's `{…}` that mean something here. */
export function headingClasses(attributes: Attributes): string[] {
  return attributes.classes.filter((name) => !NUMBERING_CLASSES.has(name));
}
