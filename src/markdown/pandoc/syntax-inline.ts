import { markdownLineEnding } from 'micromark-util-character';
import { codes, constants, types } from 'micromark-util-symbol';
import type { Code, Construct, Effects, State, Token, TokenizeContext, TokenType } from 'micromark-util-types';
import { attributeBlockEnd, looksLikeAttributes, mayStartAttributes } from './attributes.ts';
import { mayStartRole, mayStartShortcode, readRole, readShortcode } from './inline-readers.ts';
import { consumeChars, restOfLine } from './micromark-lines.ts';

/** Longest bracketed text read, so an unclosed `[` cannot make a paragraph quadratic. */
const LABEL_LIMIT = 1000;

/** Longest line read ahead for an inline construct: attributes, roles and shortcodes are short. */
const LOOKAHEAD_LIMIT = 1000;

/**
 * `[…]` whose content is inline Markdown (brackets balance, `\[` `\]`
 * escape, lines may break): the marker tokens, and the content in a
 * `labelType` token when there is any.
 */
function bracketedText(effects: Effects, ok: State, nok: State, labelType: TokenType): State {
  let balance = 0;
  let size = 0;
  let previous: Token | undefined;
  const marker = (next: State): State => (code) => {
    effects.enter('pandocLabelMarker');
    effects.consume(code);
    effects.exit('pandocLabelMarker');
    return next;
  };
  const close = (code: Code) => {
    effects.exit(labelType);
    return marker(ok)(code);
  };
  return marker((code) => {
    if (code === codes.rightSquareBracket) return marker(ok)(code);
    effects.enter(labelType);
    return lineStart(code);
  });

  function lineStart(code: Code): State | undefined {
    if (code === codes.rightSquareBracket && balance === 0) return close(code);
    const token = effects.enter(types.chunkText, { contentType: constants.contentTypeText, _contentTypeTextTrailing: true, previous });
    if (previous) previous.next = token;
    previous = token;
    return data(code);
  }
  function data(code: Code): State | undefined {
    if (code === codes.eof || size > LABEL_LIMIT) return nok(code);
    if (code === codes.leftSquareBracket) balance += 1;
    if (code === codes.rightSquareBracket) {
      if (balance === 0) {
        effects.exit(types.chunkText);
        return close(code);
      }
      balance -= 1;
    }
    size += 1;
    effects.consume(code);
    if (markdownLineEnding(code)) {
      effects.exit(types.chunkText);
      return lineStart;
    }
    return code === codes.backslash ? escaped : data;
  }
  function escaped(code: Code): State | undefined {
    if (code !== codes.leftSquareBracket && code !== codes.rightSquareBracket && code !== codes.backslash) return data(code);
    size += 1;
    effects.consume(code);
    return data;
  }
}

/** A lookahead that measures a `{…}` block meant as attributes at the start of the line, with a condition on what follows. */
function attributeBlock(measured: (end: number) => void, after: (rest: string, atEnd: boolean) => boolean): Construct {
  return restOfLine(
    (line, atEnd) => {
      const end = attributeBlockEnd(line);
      if (end === undefined || !looksLikeAttributes(line.slice(0, end)) || !after(line.slice(end), atEnd)) return false;
      measured(end);
      return true;
    },
    { viable: mayStartAttributes, limit: LOOKAHEAD_LIMIT },
  );
}

/** A bracketed span `[text]{.class key=value}`. */
export const bracketedSpan: Construct = {
  name: 'pandocSpan',
  tokenize(effects, ok, nok) {
    let end = 0;
    const peek = attributeBlock((length) => (end = length), () => true);
    return (code) => {
      effects.enter('pandocSpan');
      return bracketedText(effects, afterText, nok, 'pandocSpanLabel')(code);
    };
    function afterText(code: Code): State | undefined {
      if (code !== codes.leftCurlyBrace) return nok(code);
      return effects.check(peek, (next: Code) => consumeChars(effects, 'pandocSpanAttributes', end, done)(next), nok)(code);
    }
    function done(code: Code) {
      effects.exit('pandocSpan');
      return ok(code);
    }
  },
};

/** An inline note `^[text]`. */
export const inlineNote: Construct = {
  name: 'pandocInlineNote',
  tokenize(effects, ok, nok) {
    return (code) => {
      effects.enter('pandocInlineNote');
      effects.enter('pandocLabelMarker');
      effects.consume(code);
      effects.exit('pandocLabelMarker');
      return (next: Code) => {
        if (next !== codes.leftSquareBracket) return nok(next);
        return bracketedText(effects, done, nok, 'pandocInlineNoteLabel')(next);
      };
    };
    function done(code: Code) {
      effects.exit('pandocInlineNote');
      return ok(code);
    }
  },
};

/** Token types after which a `{…}` block belongs to the element before it. */
const TAKES_ATTRIBUTES = new Set<string>(['link', 'image', 'codeText', 'mathText']);

/**
 * Attributes after a link, image, inline code or inline math
 * (`![a](f.png){width=50%}`), or ending a heading or paragraph
 * (`## Title {#id}`, `: Caption {#tbl-x}`): which one is settled in mdast.
 */
export const trailingAttributes: Construct = {
  name: 'pandocTrailingAttributes',
  tokenize(this: TokenizeContext, effects, ok, nok) {
    const tail = this.events[this.events.length - 1];
    const afterElement = tail !== undefined && tail[0] === 'exit' && TAKES_ATTRIBUTES.has(tail[1].type);
    let end = 0;
    const peek = attributeBlock(
      (length) => (end = length),
      (rest, atEnd) => afterElement || (atEnd && rest.trim() === ''),
    );
    return (code) => effects.check(peek, (next: Code) => consumeChars(effects, 'pandocTrailingAttributes', end, ok)(next), nok)(code);
  },
};

/** A construct that reads a whole match from the rest of the line into one token. */
function wholeMatch(name: string, type: TokenType, viable: (prefix: string) => boolean, measure: (line: string) => number | undefined): Construct {
  return {
    name,
    tokenize(effects, ok, nok) {
      let length = 0;
      const peek = restOfLine((line) => (length = measure(line) ?? 0) > 0, { viable, limit: LOOKAHEAD_LIMIT });
      return (code) => effects.check(peek, (next: Code) => consumeChars(effects, type, length, ok)(next), nok)(code);
    },
  };
}

/** A MyST role `` {eq}`label` ``. */
export const mystRole = wholeMatch('pandocRole', 'pandocRole', mayStartRole, (line) => readRole(line)?.length);

/** A Quarto shortcode `{{< name args >}}`, or its escape `{{{< name >}}}`. */
export const shortcode = wholeMatch('pandocShortcode', 'pandocShortcode', mayStartShortcode, (line) => readShortcode(line)?.length);
