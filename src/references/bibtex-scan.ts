/** One entry of a BibTeX file as written: where it starts, its key, and the line of each field. */
export interface ScannedEntry {
  type: string;
  key: string;
  /** Line of the `@type{` (1-based). */
  line: number;
  /** Line of each field name, lowercased (`doi` → 12). */
  fieldLines: Map<string, number>;
  /** Raw value of each field, braces or quotes removed from the outside (for checks before citation-js). */
  fields: Map<string, string>;
  /** Whether the entry's braces balance before the next entry starts. */
  balanced: boolean;
}

const ENTRY_START = /^[ \t]*@([a-z]+)[ \t]*[{(][ \t\r\n]*([^,\s]*)/gim;
const FIELD = /(?:^|[,{\s])([a-z][\w-]*)\s*=\s*/gi;
const SPECIAL = /^(comment|preamble|string)$/i;

/** Line (1-based) of an offset in a text. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line += 1;
  return line;
}

/** Where a braced or quoted value that starts at `start` ends (exclusive), or -1 if it never closes. */
function valueEnd(text: string, start: number): number {
  const open = text[start];
  if (open !== '{' && open !== '"') {
    const end = text.slice(start).search(/[,}\n]/);
    return end === -1 ? text.length : start + end;
  }
  let depth = 0;
  for (let index = start; index < text.length; index++) {
    const char = text[index];
    if (char === '\\') index += 1;
    else if (char === '{') depth += 1;
    else if (char === '}') depth -= 1;
    if ((open === '{' && depth === 0) || (open === '"' && char === '"' && index > start && depth === 0)) return index + 1;
  }
  return -1;
}

/** Whether the braces of `body` (an entry from its `{` on) balance. */
function balances(body: string): boolean {
  let depth = 0;
  for (let index = 0; index < body.length; index++) {
    if (body[index] === '\\') index += 1;
    else if (body[index] === '{') depth += 1;
    else if (body[index] === '}' && --depth === 0) return true;
  }
  return false;
}

/**
 * Read the entries of a BibTeX file the way a person sees them, to say at
 * which line a problem is (citation-js reports syntax errors lines late, and
 * nothing about where fields are). Not a parser of values: citation-js is.
 */
export function scanBibtex(text: string): ScannedEntry[] {
  const starts = [...text.matchAll(ENTRY_START)].filter((match) => !SPECIAL.test(match[1]!));
  return starts.map((match, index) => {
    const from = match.index;
    const to = starts[index + 1]?.index ?? text.length;
    const body = text.slice(from, to);
    const fieldLines = new Map<string, number>();
    const fields = new Map<string, string>();
    const pattern = new RegExp(FIELD);
    pattern.lastIndex = match[0].length;
    // Field by field, skipping each value, so text inside a value is never taken for a field.
    for (let field = pattern.exec(body); field; field = pattern.exec(body)) {
      const name = field[1]!.toLowerCase();
      const valueStart = field.index + field[0].length;
      const end = valueEnd(body, valueStart);
      if (!fieldLines.has(name)) {
        fieldLines.set(name, lineOf(text, from + field.index + field[0].indexOf(field[1]!)));
        fields.set(name, body.slice(valueStart, end === -1 ? body.length : end).replace(/^[{"]|[}"]$/g, '').trim());
      }
      if (end === -1) break;
      pattern.lastIndex = end;
    }
    const braced = !match[0].includes('(');
    return { type: match[1]!.toLowerCase(), key: match[2]!, line: lineOf(text, from), fieldLines, fields, balanced: !braced || balances(body) };
  });
}
