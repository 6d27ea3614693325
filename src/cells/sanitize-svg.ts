import { createHash } from 'node:crypto';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { toString } from 'hast-util-to-string';
import { find, svg } from 'property-information';
import { visit } from 'unist-util-visit';

/**
 * Untrusted SVG (a figure a cell drew) made safe to inline in a page: an allowlist of drawing elements
 * and attributes, so no scripts, no event handlers, no `<style>` that would restyle the page, no
 * `<foreignObject>`, and no external references (links only to the SVG's own ids, images only as
 * data URIs). Ids get a prefix, so two figures on one page neither collide nor clobber page globals.
 */

const ELEMENTS = [
  'svg', 'g', 'defs', 'symbol', 'use', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon',
  'text', 'tspan', 'textPath', 'clipPath', 'mask', 'marker', 'pattern', 'linearGradient', 'radialGradient',
  'stop', 'image', 'title', 'desc',
];

/** Dropped with their content (other unknown elements are dropped, their children kept). */
const DROPPED = ['script', 'style', 'metadata', 'foreignObject', 'animate', 'animateMotion', 'animateTransform', 'set', 'iframe'];

/** Attributes that only draw: their values cannot fetch or run anything. */
const PLAIN_ATTRIBUTES = [
  'id', 'transform', 'fill-opacity', 'fill-rule', 'stroke-width', 'stroke-linecap', 'stroke-linejoin',
  'stroke-miterlimit', 'stroke-dasharray', 'stroke-dashoffset', 'stroke-opacity', 'opacity', 'clip-rule',
  'display', 'visibility', 'vector-effect', 'color', 'font-family', 'font-size', 'font-style', 'font-weight',
  'text-anchor', 'dominant-baseline', 'alignment-baseline', 'letter-spacing', 'paint-order', 'shape-rendering',
  'image-rendering', 'd', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'fx', 'fy', 'width',
  'height', 'points', 'dx', 'dy', 'rotate', 'textLength', 'lengthAdjust', 'viewBox', 'preserveAspectRatio',
  'gradientUnits', 'gradientTransform', 'spreadMethod', 'offset', 'stop-color', 'stop-opacity', 'patternUnits',
  'patternContentUnits', 'patternTransform', 'clipPathUnits', 'maskUnits', 'maskContentUnits', 'markerWidth',
  'markerHeight', 'refX', 'refY', 'orient', 'markerUnits', 'role', 'aria-label', 'aria-hidden',
];

/** Attributes whose CSS values may hold `url(…)`: allowed only pointing into the SVG (`url(#id)`). */
const PAINT_ATTRIBUTES = ['style', 'fill', 'stroke', 'clip-path', 'mask', 'marker-start', 'marker-mid', 'marker-end'];

/** A CSS value without escapes or functions other than colours and `url(#…)`, so it fetches nothing. */
const SAFE_CSS = /^(?:[^\\(]|(?:rgba?|hsla?)\(|url\(\s*["']?#)*$/i;
/** A link to an element of the same SVG. */
const FRAGMENT = /^#[\w.:-]+$/;
/** An embedded raster image (Matplotlib's imshow). */
const DATA_IMAGE = /^data:image\/(?:png|jpeg|gif|webp);base64,[\w+/=\s]*$/;
/** A reference to an id inside a CSS value. */
const CSS_REFERENCE = /url\(\s*(["']?)#([^)"'\s]+)/g;

/** An SVG attribute's hast property name (`stroke-linejoin` → `strokeLineJoin`). */
const property = (attribute: string) => find(svg, attribute).property;

const HREFS = ['href', 'xLinkHref'];

const SVG_SCHEMA: Schema = {
  tagNames: ELEMENTS,
  strip: DROPPED,
  attributes: {
    '*': [
      ...PLAIN_ATTRIBUTES.map(property),
      ...PAINT_ATTRIBUTES.map((attribute): [string, RegExp] => [property(attribute), SAFE_CSS]),
      ...HREFS.map((name): [string, RegExp] => [name, FRAGMENT]),
    ],
    image: HREFS.map((name): [string, RegExp] => [name, DATA_IMAGE]),
  },
  protocols: { href: ['data'], xLinkHref: ['data'] },
  ancestors: {},
  required: {},
  // Ids are scoped by a prefix below, references rewritten with them.
  clobber: [],
  allowComments: false,
  allowDoctypes: false,
};

/** Prefix every referenced id (and drop the others), rewriting `url(#id)` and `#id` references to match. */
function scopeIds(root: Element, prefix: string): void {
  const referenced = new Set<string>();
  visit(root, 'element', (node) => {
    for (const [name, value] of Object.entries(node.properties)) {
      if (typeof value !== 'string') continue;
      if (HREFS.includes(name) && value.startsWith('#')) referenced.add(value.slice(1));
      for (const [, , id] of value.matchAll(CSS_REFERENCE)) if (id) referenced.add(id);
    }
  });
  visit(root, 'element', (node) => {
    const { properties } = node;
    for (const [name, value] of Object.entries(properties)) {
      if (typeof value !== 'string') continue;
      if (name === 'id') {
        if (referenced.has(value)) properties.id = prefix + value;
        else delete properties.id;
      } else if (HREFS.includes(name) && value.startsWith('#')) {
        properties[name] = `#${prefix}${value.slice(1)}`;
      } else {
        properties[name] = value.replace(CSS_REFERENCE, `url($1#${prefix}$2`);
      }
    }
  });
}

/**
 * Parse and sanitise an SVG document (e.g. Matplotlib's `image/svg+xml` output) into an `<svg>` hast
 * element; undefined when it holds no SVG. `idPrefix` defaults to one derived from the content.
 */
export function sanitizeSvg(source: string, idPrefix?: string): Element | undefined {
  const parsed = fromHtml(source, { fragment: true });
  const original = parsed.children.find((node): node is Element => node.type === 'element' && node.tagName === 'svg');
  if (!original) return undefined;
  const clean = sanitize(original, SVG_SCHEMA);
  if (clean.type !== 'element') return undefined;
  // The root is a CSS box in the page: its own style could lay it over the page (position: fixed).
  delete clean.properties.style;
  scopeIds(clean, idPrefix ?? `svg-${createHash('sha256').update(source).digest('hex').slice(0, 8)}-`);
  // Matplotlib sets its round line joins in a page-wide `*{…}` rule, dropped with its <style>: the root
  // carries it instead (presentation attributes inherit).
  let roundJoins = false;
  visit(original, 'element', (node) => {
    if (node.tagName === 'style' && /stroke-linejoin:\s*round/.test(toString(node))) roundJoins = true;
  });
  if (roundJoins) clean.properties.strokeLineJoin ??= 'round';
  return clean;
}
