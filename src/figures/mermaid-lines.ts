/*
 * Mermaid strips front matter, `%%{…}%%` directives and `%%` comments before
 * it parses, then counts "line N" in what is left. To point at the author's
 * line, the same removals are replayed here on text whose every character
 * remembers its original line. The patterns are Mermaid 11's own
 * (diagram-api/regexes.ts and comments.ts); the build test checks the mapping
 * against the real renderer, so a change in Mermaid shows up there.
 */
const FRONT_MATTER = /^([^\S\n\r]*)-{3}\s*[\n\r](.*?)[\n\r]\1-{3}\s*[\n\r]+/gs;
const DIRECTIVE = /%{2}{\s*(?:(\w+)\s*:|(\w+))\s*(?:(\w+)|((?:(?!}%{2}).|\r?\n)*))?\s*(?:}%{2})?/gi;
const COMMENT_LINE = /^\s*%%(?!{)[^\n]+\n?/gm;

/** Text with the original (1-based) line of each of its characters. */
interface Traced {
  text: string;
  lines: number[];
}

function trace(code: string): Traced {
  const text = code.replace(/\r\n?/g, '\n');
  const lines: number[] = [];
  let line = 1;
  for (let index = 0; index < text.length; index++) {
    lines.push(line);
    if (text[index] === '\n') line += 1;
  }
  return { text, lines };
}

/** Remove every match of a global pattern, as `String.replace(pattern, '')` would. */
function remove({ text, lines }: Traced, pattern: RegExp): Traced {
  const kept: Traced = { text: '', lines: [] };
  let from = 0;
  for (const match of [...text.matchAll(pattern), { index: text.length, 0: '' }]) {
    kept.text += text.slice(from, match.index);
    kept.lines.push(...lines.slice(from, match.index));
    from = match.index + match[0].length;
  }
  return kept;
}

function trimStart({ text, lines }: Traced): Traced {
  const start = text.length - text.trimStart().length;
  return { text: text.slice(start), lines: lines.slice(start) };
}

/**
 * The line of the diagram (1 = the first line inside the fence) that
 * Mermaid's "line N" refers to. A line past the end (an error found at the
 * end of the input) is the diagram's last line that has text.
 */
export function diagramLine(code: string, mermaidLine: number): number {
  const parsed = trimStart(remove(remove(remove(trace(code), FRONT_MATTER), DIRECTIVE), COMMENT_LINE));
  let start = 0;
  for (let line = 1; line < mermaidLine && start < parsed.text.length; line++) {
    const end = parsed.text.indexOf('\n', start);
    start = end === -1 ? parsed.text.length : end + 1;
  }
  if (start < parsed.text.length) return parsed.lines[start]!;
  const last = parsed.text.trimEnd().length - 1;
  return last >= 0 ? parsed.lines[last]! : 1;
}
