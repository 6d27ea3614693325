import { attributeBlockEnd } from './attributes.ts';
import type { DivFence } from './types.ts';

/** A part of a line, by string index (end excluded). */
export interface Span {
  start: number;
  end: number;
}

/** What a `::name[Label]{…}` or `:::…` line names, by where each part is in the line. */
export interface NamedFence {
  name?: string;
  /** Inside the `[…]` (ours) or the argument after a MyST `{name}`. */
  label?: Span;
  /** The `{…}` block, braces included. */
  attributes?: Span;
}

/** A `:::` line: one that opens a div (it names something) or a bare one that closes. */
export type DivFenceLine =
  | { kind: 'close'; colons: number }
  | ({ kind: 'open'; colons: number; form: DivFence['form'] } & NamedFence);

/** A code fence opening: its character and length. */
export interface CodeFence {
  marker: '`' | '~';
  size: number;
}

const NAME = /^[A-Za-z][\w-]*/;
const TRAILER = /^[ \t]*:*[ \t]*$/;

/** The index of the `]` closing the `[` at `start` (brackets balance, `\` escapes), or -1. */
function closingBracket(line: string, start: number): number {
  let depth = 0;
  for (let index = start; index < line.length; index++) {
    const char = line[index];
    if (char === '\\') index += 1;
    else if (char === '[') depth += 1;
    else if (char === ']' && --depth === 0) return index;
  }
  return -1;
}

/** Read `name[Label]{attrs}` from `start`; the rest of the line must be blank or colons. */
function readNamed(line: string, start: number): (NamedFence & { name: string }) | undefined {
  const name = NAME.exec(line.slice(start))?.[0];
  if (!name) return undefined;
  const fence: NamedFence & { name: string } = { name };
  let index = start + name.length;
  if (line[index] === '[') {
    const close = closingBracket(line, index);
    if (close < 0) return undefined;
    fence.label = { start: index + 1, end: close };
    index = close + 1;
  }
  const brace = line.indexOf('{', index);
  if (brace >= 0 && line.slice(index, brace).trim() === '') {
    const end = attributeBlockEnd(line, brace);
    if (end === undefined) return undefined;
    fence.attributes = { start: brace, end };
    index = end;
  }
  return TRAILER.test(line.slice(index)) ? fence : undefined;
}

/** The argument after a MyST `{name}`, trimmed, as a span (if there is one). */
export function argumentSpan(line: string, start: number): Span | undefined {
  const text = line.slice(start);
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  const from = start + text.indexOf(trimmed);
  return { start: from, end: from + trimmed.length };
}

/**
 * Classify a line as a fenced-div fence. Opening: at least three colons and
 * then `{attrs}`, a bare word (Pandoc), `name[Label]{attrs}` (ours) or MyST's
 * `{name} argument`. Closing: colons alone. Anything else (`::: a b`) is prose.
 */
export function readDivFence(line: string): DivFenceLine | undefined {
  const fence = /^ {0,3}(:{3,})([ \t]*)/.exec(line);
  if (!fence) return undefined;
  const colons = fence[1]!.length;
  const start = fence[0].length;
  if (line.slice(start).trim() === '') return { kind: 'close', colons };
  const myst = /^\{([A-Za-z][\w-]*)\}/.exec(line.slice(start));
  if (myst) {
    const label = argumentSpan(line, start + myst[0].length);
    return { kind: 'open', colons, form: 'myst', name: myst[1]!, ...(label ? { label } : {}) };
  }
  if (line[start] === '{') {
    const end = attributeBlockEnd(line, start);
    if (end === undefined || !TRAILER.test(line.slice(end))) return undefined;
    return { kind: 'open', colons, form: 'pandoc', attributes: { start, end } };
  }
  const named = readNamed(line, start);
  if (!named) return undefined;
  const ours = fence[2] === '' || named.label !== undefined || named.attributes !== undefined;
  return { kind: 'open', colons, form: ours ? 'directive' : 'pandoc', ...named };
}

/** Classify a line as a leaf directive `::name[Label]{attrs}` (exactly two colons). */
export function readLeafDirective(line: string): (NamedFence & { name: string }) | undefined {
  const fence = /^ {0,3}::(?!:)/.exec(line);
  return fence ? readNamed(line, fence[0].length) : undefined;
}

/** Classify a line as a code fence opening (CommonMark: no backtick in a backtick fence's info). */
export function readCodeFence(line: string): CodeFence | undefined {
  const fence = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
  if (!fence || (fence[1]![0] === '`' && fence[2]!.includes('`'))) return undefined;
  return { marker: fence[1]![0] as CodeFence['marker'], size: fence[1]!.length };
}

/** Whether a line closes the given code fence (same character, at least as long, nothing after). */
export function closesCodeFence(line: string, fence: CodeFence): boolean {
  const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line)?.[1];
  return close !== undefined && close[0] === fence.marker && close.length >= fence.size;
}

/** Decides, line by line, where a div body ends. */
export interface BodyScanner {
  /** Whether this line closes the block (call once per line, in order). */
  closes(line: string): boolean;
}

/**
 * Pandoc's nesting: a named fence opens a div, a bare fence closes the
 * innermost open one whatever the colon counts, and fences inside code are code.
 */
export function divBodyScanner(): BodyScanner {
  let depth = 0;
  let code: CodeFence | undefined;
  return {
    closes(line) {
      if (code) {
        if (closesCodeFence(line, code)) code = undefined;
        return false;
      }
      const fence = readDivFence(line);
      if (fence?.kind === 'close') {
        if (depth === 0) return true;
        depth -= 1;
      } else if (fence?.kind === 'open') depth += 1;
      else code = readCodeFence(line);
      return false;
    },
  };
}
