import type { Element, ElementContent, Root } from 'hast';
import { walkElements } from './hast-walk.ts';
import { scopeSvgIds } from '../figures/svg-ids.ts';
import { hasClass } from './hast-class.ts';

/** Raster images narrower than this gain nothing from being enlarged (icons, logos in the text). */
const MIN_ZOOM_WIDTH = 400;

/** The `<img>` of a picture: itself, or the one in a `<picture>`. */
function imageOf(picture: Element): Element | undefined {
  return picture.tagName === 'img' ? picture : picture.children.find((child): child is Element => child.type === 'element' && child.tagName === 'img');
}

/** The picture starting at `children[index]`, with the siblings that belong to it (a diagram's dark variant). */
function pictureAt(children: ElementContent[], index: number): Element[] | undefined {
  const node = children[index];
  if (node?.type !== 'element') return undefined;
  if (node.tagName === 'picture' || node.tagName === 'img') return Number(imageOf(node)?.properties.width) >= MIN_ZOOM_WIDTH ? [node] : undefined;
  if (node.tagName !== 'svg') return undefined;
  if (hasClass(node, 'figure-svg')) return [node];
  const dark = children[index + 1];
  if (!hasClass(node, 'diagram-light')) return undefined;
  return dark?.type === 'element' && hasClass(dark, 'diagram-dark') ? [node, dark] : [node];
}

/** What a picture shows, in words: its alt text or its label. */
function labelOf(picture: Element): string {
  const image = picture.tagName === 'svg' ? picture : imageOf(picture);
  return String(image?.properties.alt ?? image?.properties.ariaLabel ?? '').trim();
}

/** The enlarged copy: images load only when it opens, at the window's width; SVG ids get a prefix of their own. */
function enlarged(parts: Element[], id: string): Element[] {
  return parts.map((part, index) => {
    const copy = structuredClone(part);
    if (copy.tagName === 'svg') return scopeSvgIds(copy, `${id}-${index}`);
    const forTheWindow = (node: Element) => {
      if (node.properties.sizes !== undefined) node.properties.sizes = '100vw';
      if (node.tagName === 'img') node.properties.loading = 'lazy';
    };
    // The copy itself is an <img> or a <picture> holding <source>s and one.
    forTheWindow(copy);
    walkElements(copy, forTheWindow);
    return copy;
  });
}

const element = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });

/**
 * Click, or Enter on, a picture of the reading page to see it at the size
 * of the window: the picture becomes a button that opens a popover holding
 * a larger copy (Escape, a click outside or the Close button close it). The
 * HTML popover API does it all, so the page runs no script for it; the
 * button takes the picture's place and size, so nothing moves.
 */
export default function rehypeFigureZoom() {
  return (tree: Root) => {
    let count = 0;
    walkElements(tree, (node) => {
      // Not into links and buttons (a button cannot hold one), nor into the enlarged copies.
      if (node.tagName === 'a' || node.tagName === 'button' || hasClass(node, 'zoom-view')) return 'skip';
      const children = node.children;
      for (let index = 0; index < children.length; index++) {
        const parts = pictureAt(children, index);
        if (!parts) continue;
        const id = `zoom-${++count}`;
        const label = labelOf(parts[0]!);
        const button = element('button', { type: 'button', className: ['zoomable'], popoverTarget: id, ariaLabel: label ? `Enlarge: ${label}` : 'Enlarge the picture' }, parts);
        const close = element('button', { type: 'button', className: ['zoom-close'], popoverTarget: id, popoverTargetAction: 'hide' }, [{ type: 'text', value: 'Close' }]);
        const view = element('span', { id, popover: 'auto', className: ['zoom-view'], dataPagefindIgnore: '' }, [close, ...enlarged(parts, id)]);
        children.splice(index, parts.length, button, view);
        index += 1;
      }
    });
  };
}
