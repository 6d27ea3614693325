import type { Image, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { absoluteDeclarations } from './absolute-position.ts';
import { reportError } from './diagnostics.ts';
import { DECORATIONS, ELEMENT_AUTO_ANIMATE } from './directive-names.ts';
import type {} from './pandoc/types.ts';

/** A CSS length Pandoc accepts for `width=` and `height=`; a bare number is pixels. */
const SIZE = /^(\d+(?:\.\d+)?)(px|%|em|rem|vw|vh|in|cm|mm)?$/;

/** Quarto's `fig-align` as the margins that place a block picture. */
const ALIGN: Record<string, string> = {
  left: 'display: block; margin-inline: 0 auto',
  center: 'display: block; margin-inline: auto',
  right: 'display: block; margin-inline: auto 0',
  default: '',
};

/** What an image's `{…}` may say (the id and classes besides): the decorations' own attributes only with their class. */
const IMAGE_ATTRIBUTES = ['width', 'height', 'style', 'credit', 'fig-align', 'fig-alt', 'data-id', ...Object.keys(ELEMENT_AUTO_ANIMATE)];

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

/** The attributes an image with these classes reads. */
function allowedOf(classes: readonly string[]): string[] {
  return [...new Set([...IMAGE_ATTRIBUTES, ...(classes.includes('absolute') ? DECORATIONS.absolute : []), ...(classes.includes('fragment') ? DECORATIONS.fragment : [])])];
}

/** The declarations of an image's placement and size: `.absolute` position, `fig-align`, `width`/`height`, then its own `style`. */
function imageStyle(node: Image, values: Record<string, string>, classes: readonly string[], file: VFile): string[] {
  const report = (reason: string, fix: string) => reportError(file, { ruleId: 'attribute-value', reason, fix, place: node.position });
  const absolute = classes.includes('absolute')
    // `.absolute width=` is the picture's size, written below with the other sizes.
    ? [absoluteDeclarations({ ...values, width: undefined, height: undefined }, (side, value) =>
      report(`${side}="${value}" is not a length`, `write a number of pixels (${side}=200) or a length with a unit (${side}="50%")`))]
    : [];
  const align = values['fig-align'];
  if (align !== undefined && !(align in ALIGN)) report(`fig-align="${align}" is not a place`, 'write fig-align="left", "center" or "right"');
  const sizes = (['width', 'height'] as const).flatMap((name) => (values[name] === undefined ? [] : [sizeStyle(node, name, values[name], file) ?? []].flat()));
  // A written style (checked by rehype-style-classes) comes last, so it may change the rest.
  return [...absolute, ALIGN[align ?? 'default'] ?? '', ...sizes, values.style?.trim() ?? ''].filter(Boolean);
}

/**
 * What the `{…}` after an image says about showing it (Pandoc's and
 * Quarto's syntax, read by the syntax layer into `data.attributes`):
 * `width=`/`height=` as CSS sizes (a percentage of the space it sits in; a
 * bare number is pixels, of the 1920-pixel slide in a deck), `fig-align`,
 * `style`, `.absolute` with `top`/`left`/`right`/`bottom`, `.fragment`,
 * classes such as `.r-stretch` (fill what the slide has left), auto-animate's
 * `data-id`, and `credit="…"` for the credit line under it. The id stays for
 * the figure numbering. Any other attribute is an error at its line.
 */
export default function remarkImageAttributes() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'image', (node) => {
      const attributes = node.data?.attributes;
      if (!attributes) return;
      const { values, classes } = attributes;
      const allowed = allowedOf(classes);
      for (const key of Object.keys(values).filter((name) => !allowed.includes(name))) {
        reportError(file, { ruleId: 'unknown-attribute', reason: `Unknown attribute "${key}" on an image`, fix: `use one of: ${allowed.join(', ')}`, place: node.position });
      }
      const properties: Record<string, string | number | string[]> = {};
      const styles = imageStyle(node, values, classes, file);
      if (styles.length > 0) properties.style = styles.join('; ');
      if (classes.length > 0) properties.className = classes;
      if (values.credit?.trim()) properties.dataCredit = values.credit.trim();
      if (values['data-id']) properties.dataId = values['data-id'];
      if (values['fragment-index'] && /^\d+$/.test(values['fragment-index'])) properties.dataFragmentIndex = Number(values['fragment-index']);
      for (const [attribute, property] of Object.entries(ELEMENT_AUTO_ANIMATE)) if (values[attribute]) properties[property] = values[attribute];
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, ...properties } };
    });
  };
}
