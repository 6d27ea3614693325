import { codes } from 'micromark-util-symbol';
import type { Extension } from 'micromark-util-types';
import { attributedMath, fencedDiv, leafDirective, mystFence, strayFence } from './syntax-blocks.ts';
import { bracketedSpan, inlineNote, mystRole, shortcode, trailingAttributes } from './syntax-inline.ts';

/**
 * The micromark extension for Pandoc, Quarto and MyST syntax. Added after
 * remark-math, its constructs are tried before remark-math's and the core
 * ones (micromark tries later extensions first), which `$$ … $$ {#eq-x}`
 * and the MyST code-fence directives rely on.
 */
export function pandocSyntax(): Extension {
  return {
    flow: {
      [codes.colon]: [fencedDiv, leafDirective, strayFence],
      [codes.graveAccent]: mystFence,
      [codes.tilde]: mystFence,
      [codes.dollarSign]: attributedMath,
    },
    text: {
      [codes.leftSquareBracket]: bracketedSpan,
      [codes.caret]: inlineNote,
      [codes.leftCurlyBrace]: [mystRole, shortcode, trailingAttributes],
    },
  };
}
