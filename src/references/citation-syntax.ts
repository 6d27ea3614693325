/** One cited work inside a citation. */
export interface CiteItem {
  key: string;
  /** Text after the key, e.g. `p. 211`. */
  locator?: string;
  /** Text before the key, e.g. `see`. */
  prefix?: string;
}

/** A citation found in a run of text. */
export interface CitationMatch {
  /** `bracket` for `[@a; @b]`, `intext` for `@a showed…`. */
  mode: 'bracket' | 'intext';
  items: CiteItem[];
  /** Offset of the citation in the text, and its length. */
  index: number;
  length: number;
}

const KEY = String.raw`[\p{L}\p{N}_](?:[\p{L}\p{N}_:.#$%&+?<>~/-]*[\p{L}\p{N}_])?`;
const BRACKET = new RegExp(String.raw`\[([^\[\]]*?-?@${KEY}[^\[\]]*)\]`, 'gu');
const ITEM = new RegExp(String.raw`^(.*?)-?@(${KEY})\s*(?:,\s*(.*))?$`, 'su');
const INTEXT = new RegExp(String.raw`(?<![\p{L}\p{N}_@.])@(${KEY})`, 'gu');

function parseItems(inner: string): CiteItem[] | undefined {
  const items: CiteItem[] = [];
  for (const part of inner.split(';')) {
    const match = ITEM.exec(part.trim());
    if (!match) return undefined;
    const [, prefix, key, locator] = match;
    items.push({ key: key!, prefix: prefix?.trim() || undefined, locator: locator?.trim() || undefined });
  }
  return items;
}

/**
 * Find Pandoc-style citations in text: `[@turing1950]`, `[@samuel1959, p. 211]`,
 * `[see @a; @b]` and in-text `@mcculloch1943 showed…`, in order of appearance.
 */
export function findCitations(text: string): CitationMatch[] {
  const found: CitationMatch[] = [];
  const covered: [number, number][] = [];
  for (const match of text.matchAll(BRACKET)) {
    const items = parseItems(match[1]!);
    if (!items) continue;
    found.push({ mode: 'bracket', items, index: match.index, length: match[0].length });
    covered.push([match.index, match.index + match[0].length]);
  }
  for (const match of text.matchAll(INTEXT)) {
    if (covered.some(([from, to]) => match.index >= from && match.index < to)) continue;
    found.push({ mode: 'intext', items: [{ key: match[1]! }], index: match.index, length: match[0].length });
  }
  return found.sort((a, b) => a.index - b.index);
}
