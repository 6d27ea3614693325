import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { reportError } from './diagnostics.ts';
import { headingClasses } from './heading-classes.ts';

/**
 * `{#id .class}` on a heading inside a slide (`### Details {#sec-details}`):
 * its id and classes. Headings that open slides (`#`, `##` at the top) are
 * remark-slides' to read; `key=value` attributes mean something only there,
 * and are an error on other headings.
 */
export default function remarkHeadingAttributes() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'heading', (node, _index, parent) => {
      const attributes = node.data?.attributes;
      if (!attributes || (parent?.type === 'root' && node.depth <= 2)) return;
      const classes = headingClasses(attributes);
      const hProperties = { ...node.data?.hProperties, ...(attributes.id ? { id: attributes.id } : {}), ...(classes.length > 0 ? { className: classes } : {}) };
      node.data = { ...node.data, hProperties };
      for (const key of Object.keys(attributes.values)) {
        reportError(file, {
          ruleId: 'unknown-attribute',
          reason: `Attribute "${key}" on a heading inside a slide does nothing`,
          fix: 'slide attributes go on the # or ## heading that opens the slide; here use only {#id .class}',
          place: node.position,
        });
      }
    });
  };
}
