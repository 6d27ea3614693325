import type { Image, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { reportError } from './diagnostics.ts';
import type {} from './pandoc/types.ts';

/** A CSS length Pandoc accepts for `width=` and `height=`; a bare number is pixels. */
const SIZE = /^(\d+(?:\.\d+)?)(px|%|em|rem|vw|vh|in|cm|mm)?$/;

/** The CSS declaration of one size attribute, or undefined (reported) when its value is not a length. */
function sizeStyle(node: Image, name: 'width' | 'height', value: string, file: VFile): string | undefined {
  const match = SIZE.exec(value.trim());
  if (match) return `${name}: ${match[1]}${match[2] ?? 'px'}`;
  reportError(file, {
    ruleId: 'image-size',
    reason: `Image ${name} "${value}" is not a length`,
    fix: `write a number of pixels or a percentage of the space it sits in: {${name}=600} or {${name}=50%}`,
    place: node.position,
  });
  return undefined;
}

/**
 * What the `{…}` after an image says about showing it (Pandoc's and
 * Quarto's syntax, read by the syntax layer into `data.attributes`):
 * `width=`/`height=` as CSS sizes (a percentage of the space it sits in; a
 * bare number is pixels, of the 1920-pixel slide in a deck), classes such as
 * `.r-stretch` (fill what the slide has left), and `credit="…"` for the
 * credit line under it. The id stays for the figure numbering.
 */
export default function remarkImageAttributes() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'image', (node) => {
      const attributes = node.data?.attributes;
      if (!attributes) return;
      const properties: Record<string, string | string[]> = {};
      const styles = (['width', 'height'] as const).flatMap((name) => {
        const value = attributes.values[name];
        return value === undefined ? [] : [sizeStyle(node, name, value, file) ?? []].flat();
      });
      if (styles.length > 0) properties.style = styles.join('; ');
      if (attributes.classes.length > 0) properties.className = attributes.classes;
      if (attributes.values.credit?.trim()) properties.dataCredit = attributes.values.credit.trim();
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, ...properties } };
    });
  };
}
