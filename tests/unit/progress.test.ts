import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { progressLine } from '../../src/terminal/progress.ts';

/** A stream that keeps what is written to it, a terminal or not. */
function stream(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, written, write: (text: string) => written.push(text) };
}

describe('the progress line of long commands', () => {
  it('shows the count and the time left on a terminal, and goes when the step is over', () => {
    const terminal = stream(true);
    let clock = 0;
    const progress = progressLine('compiling lectures', 4, terminal, () => clock);
    assert.match(terminal.written.at(-1)!, /compiling lectures 0\/4$/);
    clock = 2000;
    progress.advance();
    assert.match(terminal.written.at(-1)!, /compiling lectures 1\/4 · 6 s left$/, 'one in 2 s: three more take 6 s');
    clock = 2050;
    progress.advance();
    assert.doesNotMatch(terminal.written.at(-1)!, /2\/4/, 'redrawn at most ten times a second');
    clock = 200_000;
    progress.advance(3);
    assert.match(terminal.written.at(-1)!, /3\/4 · 1 min 7 s left$/);
    progress.finish();
    assert.equal(terminal.written.at(-1), '\r\u001b[2K');
  });

  it('writes nothing when the output is not a terminal', () => {
    const log = stream(false);
    const progress = progressLine('printing PDFs', 10, log);
    progress.advance();
    progress.finish();
    assert.deepEqual(log.written, []);
  });
});
