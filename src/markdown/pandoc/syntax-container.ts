import { factorySpace } from 'micromark-factory-space';
import { markdownLineEnding } from 'micromark-util-character';
import { codes, constants, types } from 'micromark-util-symbol';
import type { Code, Construct, Effects, State, Token, TokenizeContext } from 'micromark-util-types';
import { fenceLine } from './syntax-fence-line.ts';
import type { BodyScanner, Span } from './fence-lines.ts';
import { consumeLine, indentBefore, lineKeeper, nonLazyLine } from './micromark-lines.ts';

/** What a fenced block's opening line says, for the tokenizer. */
export interface ContainerOpening {
  label?: Span;
  /** Whether MyST `:key: value` option lines may follow the opening fence. */
  options: boolean;
  /** Decides where the body ends. */
  body: BodyScanner;
}

/** The grammar of one kind of fenced block whose body is Markdown. */
export interface ContainerGrammar {
  open(line: string): ContainerOpening | undefined;
  option(line: string): boolean;
}

/**
 * A fenced block whose body is a Markdown document of its own (a fenced div,
 * a MyST directive): the opening line, option lines, the body as
 * `chunkDocument` chunks (so positions inside stay those of the file), and
 * the closing line. Which line closes is the grammar's call, made on whole
 * lines read ahead, so that nesting and code inside follow Pandoc.
 */
export function fencedContainer(grammar: ContainerGrammar): Construct {
  return { name: 'pandocContainer', concrete: true, tokenize };

  function tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    const self = this;
    const initialSize = indentBefore(self);
    const { peek, line } = lineKeeper();
    let opening: ContainerOpening | undefined;
    let acceptOptions = false;
    let inBody = false;
    let previous: Token | undefined;
    return (code) => effects.check(peek, readOpening, nok)(code);

    function readOpening(code: Code): State | undefined {
      opening = grammar.open(line());
      if (!opening) return nok(code);
      effects.enter('pandocDiv');
      effects.enter('pandocDivOpen');
      return fenceLine(effects, 'pandocDivText', 'pandocDivLabel', opening.label, afterOpening)(code);
    }

    function afterOpening(code: Code): State | undefined {
      effects.exit('pandocDivOpen');
      if (code === codes.eof) return done(code);
      // Only asked whether it can interrupt a paragraph: it can.
      if (self.interrupt) return ok(code);
      acceptOptions = opening!.options;
      return effects.attempt(nonLazyLine, lineStart, done)(code);
    }

    function lineStart(code: Code): State | undefined {
      return effects.check(peek, classify, classify)(code);
    }

    function classify(code: Code): State | undefined {
      if (acceptOptions && grammar.option(line())) {
        return consumeLine(effects, 'pandocDivOption', afterOption)(code);
      }
      acceptOptions = false;
      if (opening!.body.closes(line())) {
        if (inBody) effects.exit('pandocDivBody');
        inBody = false;
        return consumeLine(effects, 'pandocDivClose', done)(code);
      }
      if (!inBody) effects.enter('pandocDivBody');
      inBody = true;
      return initialSize ? factorySpace(effects, chunkStart, types.linePrefix, initialSize + 1)(code) : chunkStart(code);
    }

    function afterOption(code: Code): State | undefined {
      return code === codes.eof ? done(code) : effects.attempt(nonLazyLine, lineStart, done)(code);
    }

    function chunkStart(code: Code): State | undefined {
      if (code === codes.eof) return done(code);
      const token = effects.enter(types.chunkDocument, { contentType: constants.contentTypeDocument, previous });
      if (previous) previous.next = token;
      previous = token;
      return chunkInside(code);
    }

    function chunkInside(code: Code): State | undefined {
      if (code === codes.eof) return chunkEnd(code);
      if (markdownLineEnding(code)) return effects.check(nonLazyLine, chunkLineEnd, chunkEnd)(code);
      effects.consume(code);
      return chunkInside;
    }

    function exitChunk() {
      // The body's own document tokenizer marks its lines; they are not lazy out here.
      const token = effects.exit(types.chunkDocument);
      self.parser.lazy[token.start.line] = false;
    }

    function chunkLineEnd(code: Code): State {
      effects.consume(code);
      exitChunk();
      return lineStart;
    }

    function chunkEnd(code: Code): State | undefined {
      exitChunk();
      return done(code);
    }

    function done(code: Code): State | undefined {
      if (inBody) effects.exit('pandocDivBody');
      effects.exit('pandocDiv');
      return ok(code);
    }
  }
}
