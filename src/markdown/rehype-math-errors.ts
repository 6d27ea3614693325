import type { Root } from 'hast';
import type { VFile } from 'vfile';

/** The part of KaTeX's ParseError used here: its message without the underlined excerpt. */
interface KatexError extends Error {
  rawMessage?: string;
}

const FIX = 'correct the TeX (KaTeX supports most of LaTeX math: https://katex.org/docs/supported)';

/**
 * rehype-katex only warns about TeX it cannot parse and ships red error text.
 * Promote those warnings to errors, with KaTeX's own explanation, so a broken
 * formula fails the build at its file:line instead of reaching students.
 */
export default function rehypeMathErrors() {
  return (_tree: Root, file: VFile) => {
    for (const message of file.messages) {
      if (message.source !== 'rehype-katex') continue;
      message.fatal = true;
      message.ruleId = 'math-error';
      const cause = message.cause as KatexError | undefined;
      if (cause?.rawMessage) message.reason = `TeX error: ${cause.rawMessage}`;
      message.note = FIX;
    }
  };
}
