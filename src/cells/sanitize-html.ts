import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { visit } from 'unist-util-visit';

/**
 * Untrusted HTML (a cell's `text/html`, e.g. a pandas DataFrame) made safe for the page: GitHub's
 * allowlist (rehype-sanitize's default schema), minus `<style>` (dropped with its CSS, which would
 * restyle the page) and minus images that are not data URIs (a built site fetches nothing). Tables
 * keep their header cells, which get the `scope` a screen reader needs.
 */

const HTML_SCHEMA: Schema = {
  ...defaultSchema,
  strip: [...(defaultSchema.strip ?? []), 'style', 'template', 'title'],
  protocols: { ...defaultSchema.protocols, src: ['data'] },
  attributes: {
    ...defaultSchema.attributes,
    img: [...(defaultSchema.attributes?.img ?? []).filter((name) => name !== 'src'), ['src', /^data:image\/(?:png|jpeg|gif|webp);base64,/]],
  },
  // An output's image has no alt text to give: marked decorative rather than left without one.
  required: { ...defaultSchema.required, img: { alt: '' } },
};

/** Whether an element has no text or content at all (pandas' top-left header cell). */
function isEmpty(node: Element): boolean {
  return node.children.every((child) => child.type === 'text' && child.value.trim() === '');
}

/**
 * Header cells say what they head: `scope="col"` in the table head, `scope="row"` in its body; an
 * empty header cell heads nothing and becomes a data cell.
 */
function scopeHeaderCells(root: Element): void {
  visit(root, 'element', (section) => {
    if (!['thead', 'tbody', 'tfoot'].includes(section.tagName)) return;
    for (const row of section.children) {
      if (row.type !== 'element' || row.tagName !== 'tr') continue;
      for (const cell of row.children) {
        if (cell.type !== 'element' || cell.tagName !== 'th') continue;
        if (isEmpty(cell)) cell.tagName = 'td';
        else cell.properties.scope ??= section.tagName === 'thead' ? 'col' : 'row';
      }
    }
  });
}

/** Parse and sanitise an HTML fragment; returns its safe content (empty when nothing was safe). */
export function sanitizeHtml(source: string): ElementContent[] {
  const clean = sanitize(fromHtml(source, { fragment: true }), HTML_SCHEMA);
  const wrapper: Element = {
    type: 'element',
    tagName: 'div',
    properties: {},
    children: clean.type === 'root' ? (clean.children as ElementContent[]) : [],
  };
  scopeHeaderCells(wrapper);
  return wrapper.children;
}
