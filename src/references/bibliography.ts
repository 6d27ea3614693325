import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import type { Diagnostic } from '../model/diagnostic.ts';
import { checkUrl } from '../model/url-policy.ts';
import { scanBibtex, type ScannedEntry } from './bibtex-scan.ts';

/** A bibliography entry in CSL-JSON, as citation-js gives it. */
export interface CslEntry {
  id: string;
  type?: string;
  title?: string;
  author?: { family?: string; given?: string; literal?: string }[];
  issued?: { 'date-parts'?: number[][] };
  DOI?: string;
  URL?: string;
  [field: string]: unknown;
}

/** The course bibliography: entries by key, and what was wrong with the file. */
export interface Bibliography {
  path: string;
  entries: Map<string, CslEntry>;
  /** Line of each entry's `@type{key,` in the file. */
  lines: Map<string, number>;
  problems: Diagnostic[];
  /** The file could not be read as a whole (its problems say why): citations of it are not checked one by one. */
  unreadable?: boolean;
}

/** A DOI as publishers print it: `10.NNNN/suffix`, optionally as a doi.org URL; no spaces, quotes or angle brackets. */
const DOI = /^(?:https?:\/\/(?:dx\.)?doi\.org\/)?10\.\d{4,9}\/[^\s"'<>]+$/i;

type Report = (line: number, ruleId: string, reason: string, fix: string) => void;

/** Keys in a `crossref` cycle (citation-js recurses on them forever). */
function crossrefLoops(scanned: ScannedEntry[]): Set<string> {
  const parent = new Map(scanned.map((entry) => [entry.key, entry.fields.get('crossref')]));
  const looping = new Set<string>();
  for (const { key } of scanned) {
    const seen = new Set<string>();
    for (let at: string | undefined = key; at !== undefined && parent.has(at); at = parent.get(at)) {
      if (seen.has(at)) {
        looping.add(key);
        break;
      }
      seen.add(at);
    }
  }
  return looping;
}

/** Problems of the file's shape, found before citation-js reads it: duplicate keys, unbalanced braces, crossref loops. */
function shapeProblems(scanned: ScannedEntry[], report: Report): { readable: boolean } {
  const first = new Map<string, number>();
  for (const entry of scanned) {
    const earlier = first.get(entry.key);
    if (earlier !== undefined) report(entry.line, 'bibtex-duplicate-key', `Duplicate citation key "${entry.key}" (first defined at line ${earlier})`, 'give each entry its own key, or delete the copy');
    else first.set(entry.key, entry.line);
  }
  const unbalanced = scanned.find((entry) => !entry.balanced);
  if (unbalanced) {
    report(unbalanced.line, 'bibtex-syntax', `The braces of entry "${unbalanced.key}" do not balance`, 'close every { with a } before the next entry starts');
  }
  for (const key of crossrefLoops(scanned)) {
    const entry = scanned.find((candidate) => candidate.key === key)!;
    report(entry.fieldLines.get('crossref') ?? entry.line, 'bibtex-crossref', `Entry "${key}" is part of a crossref loop`, 'make crossref point to a parent entry that does not point back');
  }
  return { readable: !unbalanced && crossrefLoops(scanned).size === 0 };
}

/**
 * Fields that reach a page as links or text, checked: a DOI must look like
 * one, a URL must be http(s); an entry needs a title and an author or
 * editor. A bad DOI or URL is dropped from the entry as well as reported.
 */
function checkFields(entry: CslEntry, scanned: ScannedEntry | undefined, report: Report): void {
  const line = (field: string) => scanned?.fieldLines.get(field) ?? scanned?.line ?? 1;
  if (entry.DOI !== undefined && !DOI.test(String(entry.DOI))) {
    report(line('doi'), 'bibtex-doi', `The DOI of "${entry.id}" is not a DOI: ${JSON.stringify(entry.DOI)}`, 'write it as 10.NNNN/suffix, as the publisher prints it');
    delete entry.DOI;
  }
  const url = entry.URL === undefined ? undefined : checkUrl(String(entry.URL));
  if (url && (!url.ok || !url.remote || String(entry.URL).startsWith('mailto:'))) {
    report(line('url'), 'bibtex-url', `The URL of "${entry.id}" is not an http(s) address: ${JSON.stringify(entry.URL)}`, 'write the full address, starting https://');
    delete entry.URL;
  }
  if (!entry.title) report(scanned?.line ?? 1, 'bibtex-incomplete', `Entry "${entry.id}" has no title`, 'add title = {…}');
  if (!entry.author?.length && !(entry.editor as unknown[] | undefined)?.length) {
    report(scanned?.line ?? 1, 'bibtex-incomplete', `Entry "${entry.id}" has no author or editor`, 'add author = {…} (an organisation in double braces: {{Name}})');
  }
}

/** The first entry citation-js cannot read on its own, to say where a syntax error is. */
function firstUnreadable(text: string, scanned: ScannedEntry[]): ScannedEntry | undefined {
  const lines = text.split('\n');
  return scanned.find((entry, index) => {
    const end = scanned[index + 1]?.line ?? lines.length + 1;
    try {
      new Cite(lines.slice(entry.line - 1, end - 1).join('\n'));
      return false;
    } catch {
      return true;
    }
  });
}

/**
 * Parse a BibTeX file with citation-js, every problem at its line: syntax
 * (at the entry that is broken), duplicate keys, crossref loops, DOIs, URLs
 * and missing titles or authors.
 */
export function parseBibliography(path: string, text: string): Bibliography {
  const bibliography: Bibliography = { path, entries: new Map(), lines: new Map(), problems: [] };
  const report: Report = (line, ruleId, reason, fix) => bibliography.problems.push({ path, line, column: 1, severity: 'error', ruleId, reason, fix });
  const scanned = scanBibtex(text);
  for (const entry of scanned) if (!bibliography.lines.has(entry.key)) bibliography.lines.set(entry.key, entry.line);
  if (!shapeProblems(scanned, report).readable) return { ...bibliography, unreadable: true };
  let data: CslEntry[];
  try {
    data = new Cite(text).data as CslEntry[];
  } catch (error) {
    // citation-js names the line where it stumbled, sometimes entries later: keep it only inside the broken entry.
    const broken = firstUnreadable(text, scanned);
    const said = Number(/at line (\d+)/.exec((error as Error).message)?.[1]);
    const next = scanned[scanned.indexOf(broken!) + 1]?.line ?? Infinity;
    const line = broken && said >= broken.line && said < next ? said : broken?.line ?? 1;
    report(line, 'bibtex-syntax', `Malformed BibTeX entry${broken ? ` "${broken.key}"` : ''}: ${(error as Error).message.split('\n')[0]}`,
      'check the commas between fields and the braces around values');
    return { ...bibliography, unreadable: true };
  }
  const byKey = new Map(scanned.map((entry) => [entry.key, entry]));
  for (const entry of data) {
    if (bibliography.entries.has(entry.id)) continue;
    checkFields(entry, byKey.get(entry.id), report);
    bibliography.entries.set(entry.id, entry);
  }
  return bibliography;
}
