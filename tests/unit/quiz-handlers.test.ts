import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CHECK_QUIZ, USE_QUIZ } from '../../src/model/inline-handlers.ts';

/** Run a handler as the browser would (`this` the element), with only the globals given. */
function runHandler(code: string, element: object, globals: Record<string, unknown> = {}): void {
  new Function(...Object.keys(globals), code).call(element, ...Object.values(globals));
}

/** Wait (up to a second) for what a handler starts and does not wait for: a module's import. */
async function until(done: () => boolean): Promise<void> {
  for (let wait = 0; wait < 100 && !done(); wait += 1) await new Promise((resolve) => setTimeout(resolve, 10));
}

/** A question's control on a notes page whose quiz code is `module` (a data: URL), or on a deck (none). */
function control(module: string | undefined, dispatched: string[] = []) {
  return {
    closest: (selector: string) => (selector === '[data-quiz-script]' && module ? { dataset: { quizScript: module } } : null),
    dispatchEvent: (event: Event) => dispatched.push(event.type),
  };
}

describe('the handlers of a self-check question', () => {
  it('load the quiz code named by the page, once however often they run', async () => {
    const scope = globalThis as { quizCodeRuns?: number };
    const module = 'data:text/javascript,globalThis.quizCodeRuns=(globalThis.quizCodeRuns??0)+1';
    runHandler(USE_QUIZ, control(module));
    runHandler(USE_QUIZ, control(module));
    await until(() => scope.quizCodeRuns !== undefined);
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(scope.quizCodeRuns, 1);
  });

  it('do nothing on a deck, which names no quiz code, and throw nothing', () => {
    assert.doesNotThrow(() => runHandler(USE_QUIZ, control(undefined)));
  });

  it('keep a submitted question on the page, and ask the quiz code to check it once loaded', async () => {
    const prevented: boolean[] = [];
    const dispatched: string[] = [];
    const event = { preventDefault: () => prevented.push(true) };
    runHandler(CHECK_QUIZ, control('data:text/javascript,', dispatched), { event, Event });
    assert.deepEqual(prevented, [true]);
    await until(() => dispatched.length > 0);
    assert.deepEqual(dispatched, ['quiz-check']);
    runHandler(CHECK_QUIZ, control(undefined, dispatched), { event, Event });
    assert.deepEqual(prevented, [true, true], 'not even a deck’s form leaves the page');
  });
});
