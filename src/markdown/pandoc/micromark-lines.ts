import { markdownLineEnding } from 'micromark-util-character';
import { codes, types } from 'micromark-util-symbol';
import type { Code, Construct, Effects, State, TokenizeContext, TokenType } from 'micromark-util-types';

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    pandocLookahead: 'pandocLookahead';
    pandocDiv: 'pandocDiv';
    pandocDivOpen: 'pandocDivOpen';
    pandocDivText: 'pandocDivText';
    pandocDivLabel: 'pandocDivLabel';
    pandocDivOption: 'pandocDivOption';
    pandocDivBody: 'pandocDivBody';
    pandocDivClose: 'pandocDivClose';
    pandocLeaf: 'pandocLeaf';
    pandocStrayFence: 'pandocStrayFence';
    pandocMath: 'pandocMath';
    pandocMathFence: 'pandocMathFence';
    pandocMathValue: 'pandocMathValue';
    pandocSpan: 'pandocSpan';
    pandocSpanLabel: 'pandocSpanLabel';
    pandocInlineNote: 'pandocInlineNote';
    pandocInlineNoteLabel: 'pandocInlineNoteLabel';
    pandocLabelMarker: 'pandocLabelMarker';
    pandocSpanAttributes: 'pandocSpanAttributes';
    pandocTrailingAttributes: 'pandocTrailingAttributes';
    pandocRole: 'pandocRole';
    pandocShortcode: 'pandocShortcode';
  }
}

/** The text a character code stands for (tabs and the virtual spaces of a split tab included). */
export function charOf(code: Code): string {
  if (code === codes.horizontalTab) return '\t';
  if (code === codes.virtualSpace) return ' ';
  return code === null || code < 0 ? '' : String.fromCodePoint(code);
}

/** How a lookahead may stop early: on a prefix that cannot start a match, or after `limit` characters. */
export interface LookaheadBounds {
  /** Whether the text read so far may still start a match (asked while it is short). */
  viable?: (prefix: string) => boolean;
  /** Read at most this many characters (the text is then not at its end). */
  limit?: number;
}

/** Prefixes up to this length are put to `viable`: enough for every opening the readers look for. */
const VIABLE_WINDOW = 32;

/**
 * A lookahead that reads the rest of the line and hands it to `accept`
 * (with whether the text ends there): the grammar of a line lives in pure
 * functions, and the tokenizers only walk the codes those functions measured.
 * Inline lookaheads give bounds, so a `{` in prose costs a few characters.
 */
export function restOfLine(accept: (line: string, atEnd: boolean) => boolean, { viable, limit = Infinity }: LookaheadBounds = {}): Construct {
  return {
    partial: true,
    tokenize(effects, ok, nok) {
      let line = '';
      return read;
      function read(code: Code): State | undefined {
        if (code === codes.eof || markdownLineEnding(code) || line.length >= limit) {
          if (line) effects.exit('pandocLookahead');
          return accept(line, code === codes.eof) ? ok(code) : nok(code);
        }
        if (!line) effects.enter('pandocLookahead');
        line += charOf(code);
        effects.consume(code);
        if (viable && line.length <= VIABLE_WINDOW && !viable(line)) {
          effects.exit('pandocLookahead');
          return nok;
        }
        return read;
      }
    },
  };
}

/** A lookahead that always succeeds and keeps the line it read, for tokenizers that decide line by line. */
export function lineKeeper(): { peek: Construct; line: () => string } {
  let kept = '';
  const peek = restOfLine((line) => {
    kept = line;
    return true;
  });
  return { peek, line: () => kept };
}

/** The indentation micromark consumed before a flow construct (its content lines lose as much). */
export function indentBefore(context: TokenizeContext): number {
  const tail = context.events[context.events.length - 1];
  return tail && tail[1].type === types.linePrefix ? tail[2].sliceSerialize(tail[1], true).length : 0;
}

/** Consume `length` characters (as `charOf` counts them) into a token of `type`, then go on with `next`. */
export function consumeChars(effects: Effects, type: TokenType, length: number, next: State): State {
  let left = length;
  return function inside(code) {
    if (left === length) effects.enter(type);
    left -= charOf(code).length;
    effects.consume(code);
    if (left > 0) return inside;
    effects.exit(type);
    return next;
  };
}

/** Consume the rest of the line into a token of `type`, then go on with `next` at the line ending. */
export function consumeLine(effects: Effects, type: TokenType, next: State): State {
  let open = false;
  return function inside(code) {
    if (code === codes.eof || markdownLineEnding(code)) {
      if (open) effects.exit(type);
      return next(code);
    }
    if (!open) effects.enter(type);
    open = true;
    effects.consume(code);
    return inside;
  };
}

/** A line ending followed by a line that is not a lazy continuation of an enclosing container. */
export const nonLazyLine: Construct = {
  partial: true,
  tokenize(this: TokenizeContext, effects, ok, nok) {
    const self = this;
    return (code) => {
      effects.enter('lineEnding');
      effects.consume(code);
      effects.exit('lineEnding');
      return (next: Code) => (self.parser.lazy[self.now().line] ? nok(next) : ok(next));
    };
  },
};
