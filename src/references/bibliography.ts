import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import type { Diagnostic } from '../model/diagnostic.ts';

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
}

/** Line numbers of every `@type{key,` in a BibTeX file, in order. */
function entryLines(text: string): { key: string; line: number }[] {
  const found: { key: string; line: number }[] = [];
  text.split('\n').forEach((line, index) => {
    const match = /^\s*@(\w+)\s*\{\s*([^,\s]+)\s*,/.exec(line);
    if (match && !/^(comment|preamble|string)$/i.test(match[1]!)) found.push({ key: match[2]!, line: index + 1 });
  });
  return found;
}

/**
 * Parse a BibTeX file with citation-js. A syntax error is reported at the line
 * citation-js names; a key defined twice at its second definition.
 */
export function parseBibliography(path: string, text: string): Bibliography {
  const bibliography: Bibliography = { path, entries: new Map(), lines: new Map(), problems: [] };
  const problem = (line: number, ruleId: string, reason: string, fix: string) =>
    bibliography.problems.push({ path, line, column: 1, severity: 'error', ruleId, reason, fix });
  let data: CslEntry[];
  try {
    data = new Cite(text).data as CslEntry[];
  } catch (error) {
    const message = (error as Error).message;
    const at = /at line (\d+) col (\d+)/.exec(message);
    problem(Number(at?.[1] ?? 1), 'bibtex-syntax', `Malformed BibTeX entry: ${message.split('\n')[0]}`,
      'check the commas between fields and the braces around values');
    return bibliography;
  }
  const lines = entryLines(text);
  lines.forEach(({ key, line }) => {
    if (bibliography.lines.has(key)) {
      problem(line, 'bibtex-duplicate-key', `Duplicate citation key "${key}" (first defined at line ${bibliography.lines.get(key)})`,
        'give each entry its own key, or delete the copy');
    } else bibliography.lines.set(key, line);
  });
  for (const entry of data) if (!bibliography.entries.has(entry.id)) bibliography.entries.set(entry.id, entry);
  return bibliography;
}
