import { factorySpace } from 'micromark-factory-space';
import { codes, types } from 'micromark-util-symbol';
import type { Code, Construct, Effects, State, TokenizeContext } from 'micromark-util-types';
import { divBodyScanner, readDivFence, readLeafDirective, type NamedFence } from './fence-lines.ts';
import { codeBodyScanner, readMystFence, readMystOption } from './myst-lines.ts';
import { MATH_CLOSE, MATH_OPEN, readLabelledMathClose } from './math-fence.ts';
import { fencedContainer } from './syntax-container.ts';
import { fenceLine } from './syntax-fence-line.ts';
import { consumeLine, indentBefore, lineKeeper, nonLazyLine, restOfLine } from './micromark-lines.ts';

const isOption = (line: string) => readMystOption(line) !== undefined;

/** A fenced div, `:::` to `:::` (Pandoc's nesting); MyST's `:::{note}` takes option lines. */
export const fencedDiv = fencedContainer({
  open(line) {
    const fence = readDivFence(line);
    if (fence?.kind !== 'open') return undefined;
    return { label: fence.label, options: fence.form === 'myst', body: divBodyScanner() };
  },
  option: isOption,
});

/** A MyST directive with a Markdown body written as a code fence: ```` ```{note} ````. */
export const mystFence = fencedContainer({
  open(line) {
    const fence = readMystFence(line);
    return fence && { label: fence.label, options: true, body: codeBodyScanner(fence) };
  },
  option: isOption,
});

/** A leaf directive on a line of its own: `::name[Label]{attrs}`. */
export const leafDirective: Construct = {
  name: 'pandocLeaf',
  tokenize(effects, ok, nok) {
    let fence: NamedFence | undefined;
    const peek = restOfLine((line) => (fence = readLeafDirective(line)) !== undefined);
    return (code) => effects.check(peek, start, nok)(code);
    function start(code: Code) {
      effects.enter('pandocLeaf');
      return fenceLine(effects, 'pandocDivText', 'pandocDivLabel', fence!.label, (end: Code) => {
        effects.exit('pandocLeaf');
        return ok(end);
      })(code);
    }
  },
};

/** A bare `:::` outside any div: kept as a token so it can be reported (it closes nothing). */
export const strayFence: Construct = {
  name: 'pandocStrayFence',
  tokenize(effects, ok, nok) {
    const peek = restOfLine((line) => readDivFence(line)?.kind === 'close');
    return (code) => effects.check(peek, consumeLine(effects, 'pandocStrayFence', ok), nok)(code);
  },
};

/**
 * Display math closed by `$$ {#eq-x}` (Quarto's labelled equation) or
 * `$$ (eq-x)` (MyST's). Any other `$$` block is left to remark-math: this
 * construct gives up on a bare closing `$$`, and runs before remark-math's
 * only because it is added later.
 */
export const attributedMath: Construct = {
  name: 'pandocMath',
  concrete: true,
  tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State) {
    const self = this;
    const initialSize = indentBefore(self);
    const { peek, line } = lineKeeper();
    return (code) => effects.check(peek, open, nok)(code);

    function open(code: Code): State | undefined {
      if (!MATH_OPEN.test(line())) return nok(code);
      effects.enter('pandocMath');
      return consumeLine(effects, 'pandocMathFence', afterLine)(code);
    }
    function afterLine(code: Code): State | undefined {
      if (code === codes.eof) return nok(code);
      if (self.interrupt) return ok(code);
      return effects.attempt(nonLazyLine, lineStart, nok)(code);
    }
    function lineStart(code: Code): State | undefined {
      return effects.check(peek, classify, classify)(code);
    }
    function classify(code: Code): State | undefined {
      if (MATH_CLOSE.test(line())) return nok(code);
      if (readLabelledMathClose(line())) {
        return consumeLine(effects, 'pandocMathFence', (end: Code) => {
          effects.exit('pandocMath');
          return ok(end);
        })(code);
      }
      const value = consumeLine(effects, 'pandocMathValue', afterLine);
      return initialSize ? factorySpace(effects, value, types.linePrefix, initialSize + 1)(code) : value(code);
    }
  },
};
