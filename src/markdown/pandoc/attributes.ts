import type { Attributes } from './types.ts';

/** The outcome of reading a `{…}` block: the attributes, or where and why it is malformed. */
export type AttributesResult =
  | { ok: true; attributes: Attributes }
  | { ok: false; /** 1-based, within the text given. */ column: number; reason: string };

/** How to write attributes, for every `attribute-syntax` message. */
export const ATTRIBUTE_SYNTAX_FIX = 'write attributes as {#id .class key=value key="two words"}';

const IDENTIFIER_START = /[\p{L}_]/u;
const IDENTIFIER = /^[\p{L}_][\p{L}\p{N}_\-:.]*/u;
const SPACE = /\s/;

/** Pandoc's reading of a quoted or bare value starting at `start` (after `=`). */
function readValue(text: string, start: number): { value: string; end: number } | { error: string } {
  const quote = text[start];
  if (quote === '"' || quote === "'") {
    let value = '';
    for (let index = start + 1; index < text.length; index++) {
      const char = text[index]!;
      if (char === quote) return { value, end: index + 1 };
      if (char === '\\' && index + 1 < text.length) index += 1;
      value += text[index];
    }
    return { error: `the quote ${quote} is never closed` };
  }
  let value = '';
  let index = start;
  for (; index < text.length && !SPACE.test(text[index]!) && text[index] !== '}'; index++) {
    if (text[index] === '\\' && index + 1 < text.length) index += 1;
    value += text[index];
  }
  return { value, end: index };
}

/**
 * Read a Pandoc attribute block `{#id .class key=value key="v w" -}` (the
 * text includes both braces). `-` is Pandoc's short form of `.unnumbered`;
 * `id=` and `class=` keys fill the id and classes as Pandoc does.
 */
export function parseAttributes(text: string): AttributesResult {
  const attributes: Attributes = { classes: [], values: {} };
  const fail = (index: number, reason: string): AttributesResult => ({ ok: false, column: index + 1, reason });
  if (text[0] !== '{') return fail(0, 'attributes start with {');
  let index = 1;
  while (index < text.length) {
    const char = text[index]!;
    if (SPACE.test(char)) {
      index += 1;
    } else if (char === '}') {
      return index === text.length - 1 ? { ok: true, attributes } : fail(index + 1, 'text follows the closing }');
    } else if (char === '#' || char === '.') {
      const name = IDENTIFIER.exec(text.slice(index + 1))?.[0];
      if (!name) return fail(index, `"${char}" must be followed by a name that starts with a letter`);
      if (char === '#') attributes.id = name;
      else attributes.classes.push(name);
      index += 1 + name.length;
    } else if (char === '-' && (text[index + 1] === '}' || SPACE.test(text[index + 1] ?? ''))) {
      attributes.classes.push('unnumbered');
      index += 1;
    } else if (IDENTIFIER_START.test(char)) {
      const key = IDENTIFIER.exec(text.slice(index))![0];
      const equals = index + key.length;
      if (text[equals] !== '=') return fail(index, `"${key}" needs a value: ${key}=value`);
      const read = readValue(text, equals + 1);
      if ('error' in read) return fail(equals + 1, read.error);
      if (key === 'id') attributes.id = read.value;
      else if (key === 'class') attributes.classes.push(...read.value.split(/\s+/).filter(Boolean));
      else attributes.values[key] = read.value;
      index = read.end;
    } else {
      return fail(index, `"${char}" cannot start an attribute`);
    }
  }
  return fail(text.length, 'the attributes are never closed with }');
}

/**
 * Where the `{…}` block opening at `start` ends (the index after its `}`),
 * or undefined. Quotes count only right after `=`; when a quote runs to the
 * end of the text, the last `}` seen ends the block (so the unclosed quote is
 * reported rather than the braces read as prose).
 */
export function attributeBlockEnd(text: string, start = 0): number | undefined {
  let quote: string | undefined;
  let lastBrace: number | undefined;
  for (let index = start + 1; index < text.length; index++) {
    const char = text[index];
    if (quote) {
      if (char === '\\') index += 1;
      else if (char === quote) quote = undefined;
      else if (char === '}') lastBrace = index;
    } else if ((char === '"' || char === "'") && text[index - 1] === '=') quote = char;
    else if (char === '\\') index += 1;
    else if (char === '}') return index + 1;
  }
  return lastBrace === undefined ? undefined : lastBrace + 1;
}

/**
 * Whether a `{…}` block is meant as attributes (empty, or opening with
 * `#id`, `.class`, `-` or `key=`): `{1, 2}` or `{eq}` in prose stay text,
 * while a malformed block that looks meant is reported.
 */
export function looksLikeAttributes(text: string): boolean {
  return /^\{\s*(?:[#.][\p{L}_]|-(?:\s|\})|[\p{L}_][\p{L}\p{N}_\-:.]*=|\})/u.test(text);
}

/** Attributes in `mdast-util-directive`'s record form: `id`, `class` (space-separated), the other keys. */
export function directiveAttributes({ id, classes, values }: Attributes): Record<string, string> {
  const record: Record<string, string> = {};
  if (id !== undefined) record.id = id;
  if (classes.length > 0) record.class = classes.join(' ');
  return Object.assign(record, values);
}

/** Whether a short prefix may still grow into a block `looksLikeAttributes` accepts (to stop reading prose early). */
export function mayStartAttributes(prefix: string): boolean {
  return looksLikeAttributes(prefix) || /^\{\s*(?:[#.]|-|[\p{L}_][\p{L}\p{N}_\-:.]*)?$/u.test(prefix);
}
