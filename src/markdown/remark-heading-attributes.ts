import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { reportError } from './diagnostics.ts';
import { ELEMENT_AUTO_ANIMATE } from './directive-names.ts';
import { headingClasses } from './heading-classes.ts';

/** What a heading inside a slide may carry besides `{#id .class}`: a style and auto-animate's pairing. */
const HEADING_ATTRIBUTES: Record<string, string> = { style: 'style', 'data-id': 'dataId', ...ELEMENT_AUTO_ANIMATE };

/**
 * `{#id .class}` on a heading inside a slide (`### Details {#sec-details}`):
 * its id and classes, and `style`, `data-id` and auto-animate settings.
 * Headings that open slides (`#`, `##` at the top) are remark-slides' to
 * read; other `key=value` attributes mean something only there, and are an
 * error on other headings.
 */
export default function remarkHeadingAttributes() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'heading', (node, _index, parent) => {
      const attributes = node.data?.attributes;
      if (!attributes || (parent?.type === 'root' && node.depth <= 2)) return;
      const classes = headingClasses(attributes);
      const values = Object.fromEntries(Object.entries(attributes.values).flatMap(([key, value]) => (HEADING_ATTRIBUTES[key] ? [[HEADING_ATTRIBUTES[key], value]] : [])));
      const hProperties = { ...node.data?.hProperties, ...values, ...(attributes.id ? { id: attributes.id } : {}), ...(classes.length > 0 ? { className: classes } : {}) };
      node.data = { ...node.data, hProperties };
      for (const key of Object.keys(attributes.values).filter((name) => !HEADING_ATTRIBUTES[name])) {
        reportError(file, {
          ruleId: 'unknown-attribute',
          reason: `Attribute "${key}" on a heading inside a slide does nothing`,
          fix: `slide attributes go on the # or ## heading that opens the slide; here use {#id .class} or ${Object.keys(HEADING_ATTRIBUTES).join(', ')}`,
          place: node.position,
        });
      }
    });
  };
}
