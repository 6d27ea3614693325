/// <reference types="remark-parse" />
import type { Root } from 'mdast';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { reportError } from '../diagnostics.ts';
import { readCodeBlocks } from './code-blocks.ts';
import { pandocFromMarkdown } from './from-markdown.ts';
import { takeProblems } from './problems.ts';
import { pandocSyntax } from './syntax.ts';

export { parseAttributes, type AttributesResult } from './attributes.ts';
export type { Attributes, DivFence, Role, Shortcode } from './types.ts';

/**
 * Parse Pandoc / Quarto / MyST syntax into mdast (the syntax only; what the
 * nodes mean is for later plugins): fenced divs and MyST directives as
 * `containerDirective`, `::name{…}` as `leafDirective`, bracketed spans as
 * `textDirective`, `{…}` attributes on headings, links, images and code,
 * Quarto cells and their `#|` options, labelled display math, inline notes
 * as GFM footnotes, MyST roles and Quarto shortcodes. Malformed syntax is
 * reported as located errors.
 *
 * Order: use it after remark-gfm and remark-math (its `$$ … $$ {#eq-x}` and
 * spans must be tried before theirs) and instead of remark-directive. Braces
 * leave the text while parsing, so a smartypants pass, before or after,
 * never curls the quotes inside them; code fences are read in the
 * transformer, which must run before anything that reads `code.lang`.
 */
export default function remarkPandocSyntax(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(pandocSyntax());
  (data.fromMarkdownExtensions ??= []).push(...pandocFromMarkdown());
  return (tree: Root, file: VFile) => {
    for (const problem of takeProblems(tree)) reportError(file, problem);
    readCodeBlocks(tree, String(file.value), (problem) => reportError(file, problem));
  };
}
