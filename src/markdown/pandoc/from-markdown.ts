import type { Extension } from 'mdast-util-from-markdown';
import { blocksFromMarkdown } from './from-markdown-blocks.ts';
import { inlineFromMarkdown } from './from-markdown-inline.ts';
import { inlineNotesToFootnotes } from './inline-notes.ts';
import { mystTargetsToIds } from './myst-targets.ts';

/**
 * The mdast side of `pandocSyntax()`: nodes for its tokens, then (once the
 * tree is whole) inline notes become footnotes and MyST targets name headings.
 * All of it happens while parsing, so text-rewriting plugins that run before
 * this plugin's transformer (Astro's smartypants) never see braces or targets.
 */
export function pandocFromMarkdown(): Extension[] {
  return [blocksFromMarkdown, inlineFromMarkdown, { transforms: [inlineNotesToFootnotes, mystTargetsToIds] }];
}
