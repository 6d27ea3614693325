import { createHash } from 'node:crypto';
import type { DeclarationListPlain } from 'css-tree';
import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { reportError } from './diagnostics.ts';
import { readInlineStyle, styleClassSheet } from './inline-style.ts';
import type { SiteFiles } from './site-files.ts';

declare module 'vfile' {
  interface DataMap {
    /** The stylesheet of the lecture's inline styles, one class each (src/markdown/rehype-style-classes.ts); empty when it has none. */
    lectureStyles: string;
  }
}

/** Options of the style classes. */
export interface StyleClassesOptions {
  /** Files of the site, the only thing a style's url() may name. */
  siteFiles: SiteFiles;
}

/** A code block Shiki made: its colours are the highlighter's, not the lecture's. */
const isHighlightedCode = (node: Element) => node.tagName === 'pre' && (node.properties.className as string[] | undefined)?.includes('astro-code');

/** The class a style becomes: named by its declarations, so one style is one rule however often it is written. */
const classOf = (css: string) => `s-${createHash('sha256').update(css).digest('hex').slice(0, 8)}`;

/**
 * Every `style="…"` the lecture writes (raw HTML, `{style="…"}` after a
 * block, span, image or heading, Quarto's `.absolute` and image sizes) read
 * with css-tree against the style policy (src/markdown/inline-style.ts) and
 * moved into a class of the lecture's own stylesheet, so pages carry no
 * inline style of the lecture's: one a page's Content-Security-Policy can
 * refuse. A style the policy refuses is an error at its line.
 */
export default function rehypeStyleClasses({ siteFiles }: StyleClassesOptions) {
  return (tree: Root, file: VFile) => {
    const rules = new Map<string, DeclarationListPlain>();
    visit(tree, 'element', (node) => {
      if (isHighlightedCode(node)) return SKIP;
      const { style } = node.properties;
      if (style === undefined) return undefined;
      delete node.properties.style;
      if (String(style).trim() === '') return undefined;
      const read = readInlineStyle(String(style), siteFiles);
      if ('problem' in read) {
        reportError(file, { ruleId: 'inline-style', reason: read.problem, fix: read.fix, place: node.position });
        return undefined;
      }
      const name = classOf(read.css);
      rules.set(name, read.declarations);
      const classes = (node.properties.className as string[] | undefined) ?? [];
      node.properties.className = [...classes, name];
      return undefined;
    });
    file.data.lectureStyles = rules.size > 0 ? styleClassSheet(rules) : '';
  };
}
