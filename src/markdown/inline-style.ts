import { fromPlainObject, generate, parse, toPlainObject, walk, type CssNode, type DeclarationListPlain } from 'css-tree';
import { checkUrl } from '../model/url-policy.ts';
import { sitePathOf, type SiteFiles } from './site-files.ts';

/**
 * CSS properties a lecture's `style="…"` may set: colour, box, spacing, size,
 * flex and grid layout, type and position — what Quarto decks and pasted HTML
 * use. Anything else (`behavior`, `-moz-binding`, …) is refused.
 */
const ALLOWED = new RegExp(`^(?:${[
  'color', 'opacity', 'visibility', 'display', 'box-sizing', 'float', 'clear', 'cursor', 'z-index', 'aspect-ratio',
  'background(?:-(?:color|image|size|position|repeat|clip|origin|blend-mode))?', 'box-shadow', 'outline(?:-[a-z-]+)?',
  'border(?:-[a-z-]+)?', 'margin(?:-[a-z-]+)?', 'padding(?:-[a-z-]+)?', '(?:min-|max-)?(?:width|height)', 'overflow(?:-[xy])?',
  'position', 'top', 'right', 'bottom', 'left', 'inset', 'transform(?:-origin)?', 'transition(?:-[a-z-]+)?', 'filter',
  'flex(?:-[a-z-]+)?', 'gap', 'row-gap', 'column-gap', 'order', '(?:align|justify|place)-(?:items|content|self)',
  'grid(?:-[a-z-]+)?', 'columns', 'column-(?:count|width|rule|span)',
  'font(?:-[a-z-]+)?', 'line-height', 'letter-spacing', 'word-spacing', 'text-(?:align|decoration(?:-[a-z-]+)?|transform|indent|shadow|overflow|wrap)',
  'white-space', 'word-break', 'overflow-wrap', 'hyphens', 'vertical-align', 'writing-mode',
  'list-style(?:-[a-z-]+)?', 'table-layout', 'border-collapse', 'border-spacing', 'caption-side',
  'object-fit', 'object-position', '--[a-z0-9-]+',
].join('|')})$`);

/** CSS functions that run or load something other than a file of the site. */
const REFUSED_FUNCTIONS = new Set(['expression', 'image-set', '-webkit-image-set', 'image', 'element', 'paint']);

/**
 * A style read: its declarations, parsed (each `!important`, to keep an inline style's precedence) and as
 * CSS text (to name its class by), or what is wrong with it.
 */
export type InlineStyle = { declarations: DeclarationListPlain; css: string } | { problem: string; fix: string };

/** Whether a url() names a file of the site (a path from its root that exists), the only thing a style may load. */
function siteFileProblem(url: string, siteFiles: SiteFiles): string | undefined {
  const verdict = checkUrl(url);
  if (!verdict.ok) return verdict.reason;
  if (verdict.remote || !url.startsWith('/')) return `url(${url}) is not a file of the site's public/ folder, written from its root`;
  const path = sitePathOf(url);
  return path && siteFiles.has(path) ? undefined : `url(${url}): there is no such file in public/`;
}

/**
 * Read an inline style with css-tree: every property from the allowlist,
 * every value non-empty, `url()` only to a file of the site, no scripting
 * functions. The declarations come back serialised by css-tree, not as the
 * text written, so what reaches a stylesheet is what was parsed.
 */
export function readInlineStyle(text: string, siteFiles: SiteFiles): InlineStyle {
  let syntax: string | undefined;
  const ast = parse(text, { context: 'declarationList', onParseError: (error) => (syntax ??= error.message) });
  if (syntax) return { problem: `The style "${text}" cannot be read (${syntax})`, fix: 'write it as CSS declarations: property: value; property: value' };
  let problem: InlineStyle | undefined;
  const refuse = (reason: string, fix: string) => (problem ??= { problem: reason, fix });
  walk(ast, (node: CssNode) => {
    if (node.type === 'Declaration') {
      const property = node.property.toLowerCase();
      if (!ALLOWED.test(property)) refuse(`The style property "${node.property}" is not one a lecture may set`, 'remove it; colours, sizes, spacing, borders, fonts and layout are allowed');
      else if (generate(node.value).trim() === '') refuse(`The style property "${node.property}" has no value`, `give it one (${node.property}: …) or remove it`);
      node.important = true;
    } else if (node.type === 'Url') {
      const reason = siteFileProblem(node.value, siteFiles);
      if (reason) refuse(`The style loads something a page may not: ${reason}`, 'put the file in public/ and write url(/its-path), or remove it');
    } else if (node.type === 'Function' && REFUSED_FUNCTIONS.has(node.name.toLowerCase())) {
      refuse(`The style uses ${node.name}(), which a lecture may not`, 'remove it');
    } else if (node.type === 'Raw') {
      refuse(`The style "${text}" cannot be read`, 'write it as CSS declarations: property: value; property: value');
    }
  });
  return problem ?? { declarations: toPlainObject(ast) as DeclarationListPlain, css: generate(ast) };
}

/** A stylesheet of one rule per class (`.s-1a2b { … }`), made and serialised by css-tree from the styles read. */
export function styleClassSheet(rules: ReadonlyMap<string, DeclarationListPlain>): string {
  const children = [...rules].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, declarations]) => ({
    type: 'Rule' as const,
    prelude: { type: 'SelectorList' as const, children: [{ type: 'Selector' as const, children: [{ type: 'ClassSelector' as const, name }] }] },
    block: { type: 'Block' as const, children: declarations.children },
  }));
  return generate(fromPlainObject({ type: 'StyleSheet', children }));
}
