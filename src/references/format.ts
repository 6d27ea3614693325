import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { select } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import type { CitationStyle } from '../schemas/course.ts';
import type { CslEntry } from './bibliography.ts';
import type { CiteItem } from './citation-syntax.ts';

/** Styles that cite by number, in order of first citation. */
const NUMERIC: ReadonlySet<CitationStyle> = new Set(['vancouver']);

/** Whether a style cites by number. */
export function isNumeric(style: CitationStyle): boolean {
  return NUMERIC.has(style);
}

/**
 * citeproc builds one engine per style and locale (about 0.4 s each): citations
 * and bibliography entries share this locale so that they share the engine.
 */
const LOCALE = 'en-US';

/** citeproc's output by form, style and entry (the entry's CSL-JSON is in the key, so a changed entry is formatted anew). */
const formatted = new Map<string, string>();

/** What citeproc made for one entry in one form and style, keyed by all three. */
export type FormattedTexts = [key: string, text: string][];

const textKey = (form: 'citation' | 'bibliography', style: string, entry: CslEntry) => `${form}\0${style}\0${JSON.stringify(entry)}`;

/**
 * Format once per entry, style and form: citeproc is slow (building its
 * engine for APA alone takes over half a second), and a course cites the same
 * few works on many slides and pages.
 */
function formatOnce(entry: CslEntry, style: string, form: 'citation' | 'bibliography', format: () => unknown): string {
  const key = textKey(form, style, entry);
  let text = formatted.get(key);
  if (text === undefined) formatted.set(key, (text = String(format())));
  return text;
}

/** What this process has formatted of these entries, to keep for the next compile (the raw citeproc output, sanitised when used). */
export function formattedTexts(entries: Iterable<CslEntry>): FormattedTexts {
  const wanted = new Set([...entries].map((entry) => `\0${JSON.stringify(entry)}`));
  return [...formatted].filter(([key]) => wanted.has(key.slice(key.indexOf('\0', key.indexOf('\0') + 1))));
}

/**
 * Take texts formatted by an earlier process with the same code and packages
 * (the caller checks that): citeproc then starts only for what they lack.
 */
export function rememberFormattedTexts(texts: FormattedTexts): void {
  for (const [key, text] of texts) if (!formatted.has(key)) formatted.set(key, text);
}

/** "Turing, 1950": the author–year part of a citation, without brackets. */
function authorYear(entry: CslEntry, style: CitationStyle): string {
  const options = { format: 'text', style: style === 'vancouver' ? 'apa' : style, lang: LOCALE, entry: entry.id };
  const text = formatOnce(entry, options.style, 'citation', () => new Cite(entry).format('citation', options as never));
  return text.trim().replace(/^\(|\)$/g, '');
}

/** How one work is named in running text for each style. */
export interface CiteLabels {
  /** Inside brackets: "Turing, 1950" or "1". */
  inBrackets: string;
  /** In running text: "Turing (1950)" or "Turing [1]". */
  inText: string;
}

/** The labels of one cited work; `number` is its position for numeric styles. */
export function citeLabels(entry: CslEntry, style: CitationStyle, number: number): CiteLabels {
  if (isNumeric(style)) {
    const family = entry.author?.[0]?.family ?? entry.author?.[0]?.literal ?? entry.title ?? entry.id;
    const etAl = (entry.author?.length ?? 0) > 2 ? ' et al.' : (entry.author?.length ?? 0) === 2 ? ` and ${entry.author?.[1]?.family}` : '';
    return { inBrackets: String(number), inText: `${family}${etAl} [${number}]` };
  }
  const label = authorYear(entry, style);
  const split = label.lastIndexOf(', ');
  const inText = split > 0 ? `${label.slice(0, split)} (${label.slice(split + 2)})` : label;
  return { inBrackets: label, inText };
}

/** The text of one item inside brackets, with its prefix and locator. */
export function bracketItemText(item: CiteItem, labels: CiteLabels): string {
  return [item.prefix, labels.inBrackets].filter(Boolean).join(' ') + (item.locator ? `, ${item.locator}` : '');
}

/**
 * What a formatted entry may contain: citeproc's inline markup and links to
 * web addresses, nothing else. Fields come from BibTeX pasted from publishers'
 * sites, and citation-js puts DOIs and URLs into `href` without escaping.
 */
const ENTRY_SCHEMA: Schema = {
  tagNames: ['a', 'i', 'b', 'em', 'strong', 'span', 'sup', 'sub', 'sc'],
  attributes: { a: ['href'], span: [['style', 'font-variant:small-caps;', 'font-variant: small-caps;']] },
  protocols: { href: ['http', 'https'] },
  strip: ['script', 'style'],
};

/**
 * A full bibliography entry as HTML in the chosen style, DOI and URL as live
 * links, sanitised and serialised from a tree; numbering is left to the list
 * around it.
 */
export function formatEntry(entry: CslEntry, style: CitationStyle): string {
  const html = formatOnce(entry, style, 'bibliography',
    () => new Cite(entry).format('bibliography', { format: 'html', style, lang: LOCALE, hyperlinks: true }));
  let safe = sanitised.get(html);
  if (safe === undefined) sanitised.set(html, (safe = sanitisedEntry(html)));
  return safe;
}

/** Each of citeproc's texts sanitised once: every lecture citing a work, and the course's list, ask for it again. */
const sanitised = new Map<string, string>();

/** citeproc's HTML for one entry, its body only, sanitised and serialised from a tree. */
function sanitisedEntry(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  const body = select('.csl-right-inline', tree) ?? select('.csl-entry', tree);
  const content: Root = { type: 'root', children: body ? (body as Element).children : tree.children };
  return toHtml(sanitize(content, ENTRY_SCHEMA)).trim();
}
