import type { Element, Root } from 'hast';
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import { reportError } from './diagnostics.ts';
import { hasClass } from './hast-class.ts';

/** Markdown, Pandoc, Quarto and MyST syntax that no reader should see: it means a construct was not read. */
const LEAKS: [RegExp, string][] = [
  [/:::+/, 'a ::: fence'],
  [/(?:^|\s)::[a-z][\w-]*\{/, 'a ::directive{…}'],
  [/\{[.#][\p{L}_][^}]*\}?/u, 'an attribute block {.class} or {#id}'],
  [/\{[\p{L}_][\w-]*=[^}]*\}?/u, 'an attribute block {key=value}'],
  [/\{\{<|>\}\}/, 'a shortcode {{< … >}}'],
  [/\^\[/, 'an inline note ^[…]'],
  [/\$\$/, 'a $$ that opens or closes no equation'],
];

/** Elements whose text is shown as written, on purpose: code, keys, and maths (KaTeX's own markup). */
function isVerbatim(element: Element): boolean {
  return ['code', 'pre', 'kbd', 'samp', 'script', 'style', 'math', 'annotation'].includes(element.tagName) || hasClass(element, 'katex');
}

/** The first leak in a text, as what it is and an excerpt around it. */
function findLeak(text: string): { what: string; excerpt: string } | undefined {
  for (const [pattern, what] of LEAKS) {
    const match = pattern.exec(text);
    if (match) return { what, excerpt: text.slice(Math.max(0, match.index - 20), match.index + match[0].length + 20).replace(/\s+/g, ' ').trim() };
  }
  return undefined;
}

/**
 * The leak guard: after rendering, no visible text of a slide or the notes
 * (speaker notes and per-view blocks included) may still hold Markdown or
 * Pandoc syntax — a fence, an attribute block, a shortcode, an inline note,
 * a stray `$$`. Each is an error at the source line it came from, since it
 * means the construct was misspelt or is not supported, and would show on
 * the projected slide as raw text. Code, keys and maths are exempt.
 */
export default function rehypeLeakGuard() {
  return (tree: Root, file: VFile) => {
    /** Walk visible text, knowing the nearest source position above it. */
    const walk = (node: Root | Element, place: Point | undefined): void => {
      for (const child of node.children) {
        const at = child.position?.start ?? place;
        if (child.type === 'element' && !isVerbatim(child)) walk(child, at);
        if (child.type !== 'text') continue;
        const leak = findLeak(child.value);
        if (!leak) continue;
        reportError(file, {
          ruleId: 'syntax-leak',
          reason: `Syntax would show as text on the page: ${leak.what} in "${leak.excerpt}"`,
          fix: 'it was not read as syntax: check its spelling and form (README: Coming from Quarto), or put it in `code` if it is meant as text',
          place: at,
        });
      }
    };
    walk(tree, undefined);
  };
}
