/** What a fence's info string says about a diagram. */
export interface MermaidFence {
  /** The `alt="…"` text, if given. */
  alt?: string;
}

const ALT = /(?:^|\s)alt=(?:"([^"]*)"|'([^']*)')/;

/**
 * Read a code fence as a Mermaid diagram, or undefined when it is another
 * kind of code. Both spellings work: ```mermaid alt="…" and
 * ```{mermaid alt="…"} (Markdown splits the info string at its first space
 * into `lang` and `meta`).
 */
export function parseMermaidFence(lang: string | null | undefined, meta: string | null | undefined): MermaidFence | undefined {
  const info = `${lang ?? ''} ${meta ?? ''}`.trim();
  const braced = /^\{\s*mermaid(?:\s+(.*))?\}$/s.exec(info);
  const plain = /^mermaid(?:\s+(.*))?$/s.exec(info);
  const match = braced ?? plain;
  if (!match) return undefined;
  const alt = ALT.exec(match[1] ?? '');
  return alt ? { alt: alt[1] ?? alt[2] } : {};
}
