import { markdownLineEnding } from 'micromark-util-character';
import { codes, constants, types } from 'micromark-util-symbol';
import type { Effects, State, TokenType } from 'micromark-util-types';
import type { Span } from './fence-lines.ts';
import { charOf } from './micromark-lines.ts';

/**
 * Tokenize a fence line up to its end: everything in a `textType` token,
 * except the label span, which becomes a `labelType` token holding inline
 * text (parsed as Markdown, like a directive's `[Label]`).
 */
export function fenceLine(effects: Effects, textType: TokenType, labelType: TokenType, label: Span | undefined, next: State): State {
  let index = 0;
  let open: TokenType | undefined;
  function close() {
    if (open === labelType) effects.exit(types.chunkText);
    if (open) effects.exit(open);
  }
  return function step(code) {
    if (code === codes.eof || markdownLineEnding(code)) {
      close();
      return next(code);
    }
    const want = label && index >= label.start && index < label.end ? labelType : textType;
    if (open !== want) {
      close();
      effects.enter(want);
      if (want === labelType) {
        effects.enter(types.chunkText, { contentType: constants.contentTypeText, _contentTypeTextTrailing: true });
      }
      open = want;
    }
    index += charOf(code).length;
    effects.consume(code);
    return step;
  };
}
