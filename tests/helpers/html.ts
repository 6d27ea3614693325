/** CSS-selector queries over a parsed HTML string (tests and the benchmark). */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

/** A parsed HTML fragment with CSS-selector queries, for assertions. */
export function query(html: string) {
  const tree = fromHtml(html, { fragment: true });
  return {
    all: (selector: string): Element[] => selectAll(selector, tree),
    one: (selector: string): Element | undefined => select(selector, tree),
    text: (selector: string): string[] => selectAll(selector, tree).map((node) => toString(node).trim()),
  };
}
