import { parseAttributes } from '../markdown/pandoc/attributes.ts';
import type { Attributes } from '../markdown/pandoc/types.ts';

const NONE: Attributes = { classes: [], values: {} };

/**
 * Read a code fence as a Mermaid diagram, or undefined when it is another
 * kind of code. Both spellings work, with Pandoc attributes after the name:
 * ```mermaid alt="…" and ```{mermaid alt="…" label=fig-x} (Markdown splits
 * the info string at its first space into `lang` and `meta`). Attributes
 * that cannot be read are left out (the syntax layer reports them).
 */
export function parseMermaidFence(lang: string | null | undefined, meta: string | null | undefined): Attributes | undefined {
  const info = `${lang ?? ''} ${meta ?? ''}`.trim();
  const match = /^\{\s*mermaid(?:\s+(.*))?\}$/s.exec(info) ?? /^mermaid(?:\s+(.*))?$/s.exec(info);
  if (!match) return undefined;
  if (!match[1]?.trim()) return NONE;
  const result = parseAttributes(`{${match[1]}}`);
  return result.ok ? result.attributes : NONE;
}
