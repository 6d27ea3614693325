import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { DiagramVariant } from './mermaid-theme.ts';
import { scopeSvgIds } from './svg-ids.ts';

/** The accessible text Mermaid put in an SVG (from `accTitle:` and `accDescr:`). */
export interface SvgText {
  title?: string;
  description?: string;
}

/** How one rendered SVG is placed in a page. */
export interface DiagramPlacement {
  /** Prefix for its ids, unique on the page. */
  idPrefix: string;
  /** The colour scheme it was drawn for. */
  variant: DiagramVariant;
  /** Its text alternative. */
  label: string;
}

/** Parse an SVG document (Mermaid's output) into its hast `<svg>` element. */
export function parseSvg(svg: string): Element {
  const root = fromHtml(svg, { fragment: true, space: 'svg' });
  const element = root.children.find((node): node is Element => node.type === 'element' && node.tagName === 'svg');
  if (!element) throw new Error('the renderer returned no <svg> element');
  return element;
}

/** The `<title>` and `<desc>` of an SVG, if it has them. */
export function svgText(svg: Element): SvgText {
  const text: SvgText = {};
  const title = select(':scope > title', svg);
  const description = select(':scope > desc', svg);
  if (title && toString(title).trim()) text.title = toString(title).trim();
  if (description && toString(description).trim()) text.description = toString(description).trim();
  return text;
}

/**
 * Make a parsed SVG (changed in place) a page element: ids unique under
 * `idPrefix`, the classes `diagram diagram-light|dark` (CSS shows the one
 * matching the page), its natural width as `--figure-width` (diagrams.css),
 * and one image to assistive technology named by `label`. Mermaid's own
 * labelling (`aria-labelledby`, a role description such as "flowchart-v2")
 * goes, since it would override the label; a `<desc>` stays as the description.
 */
export function diagramElement(svg: Element, placement: DiagramPlacement): Element {
  const element = scopeSvgIds(svg, placement.idPrefix);
  const description = select(':scope > desc', element);
  const { properties } = element;
  const classes = Array.isArray(properties.className) ? properties.className.map(String) : [];
  properties.className = ['diagram', `diagram-${placement.variant}`, ...classes];
  // Mermaid caps the width inline (max-width: Npx); as a custom property, page CSS can use it and a deck can scale past it.
  const viewBox = String(properties.viewBox ?? '').split(/[\s,]+/).map(Number);
  if (viewBox.length === 4 && viewBox[2]! > 0) properties.style = `--figure-width: ${Math.ceil(viewBox[2]!)}px`;
  properties.role = 'img';
  properties.ariaLabel = placement.label;
  delete properties.ariaRoleDescription;
  delete properties.ariaLabelledBy;
  delete properties.ariaDescribedBy;
  if (description && toString(description).trim() !== placement.label && typeof description.properties.id === 'string') {
    properties.ariaDescribedBy = [description.properties.id];
  }
  return element;
}
