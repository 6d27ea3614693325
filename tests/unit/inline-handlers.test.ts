import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { COPY_CODE, LOAD_SCRIPT, TOGGLE_STUDY_VIEW, TOGGLE_THEME } from '../../src/model/inline-handlers.ts';

/** Run a handler as the browser would (`this` the element), with only the globals given. */
function runHandler(code: string, element: object, globals: Record<string, unknown>): unknown {
  return new Function(...Object.keys(globals), code).call(element, ...Object.values(globals));
}

describe('inline handlers', () => {
  it('the theme button switches from the theme in use to the other and remembers the choice', () => {
    for (const [systemDark, first] of [[true, 'light'], [false, 'dark']] as const) {
      const document = { documentElement: { dataset: {} as { theme?: string } } };
      const stored = new Map<string, string>();
      const localStorage = { setItem: (key: string, value: string) => stored.set(key, value) };
      const matchMedia = (query: string) => ({ matches: query === '(prefers-color-scheme: dark)' && systemDark });
      runHandler(TOGGLE_THEME, {}, { document, localStorage, matchMedia });
      assert.equal(document.documentElement.dataset.theme, first);
      assert.equal(stored.get('theme'), first);
      runHandler(TOGGLE_THEME, {}, { document, localStorage, matchMedia });
      assert.equal(document.documentElement.dataset.theme, first === 'light' ? 'dark' : 'light');
      assert.equal(stored.get('theme'), document.documentElement.dataset.theme);
    }
  });

  it('the study view button turns the study view on and off, and remembers which', () => {
    const attributes = new Set<string>();
    const document = { documentElement: { toggleAttribute: (name: string) => (attributes.delete(name) ? false : Boolean(attributes.add(name))) } };
    const stored = new Map<string, string>();
    const localStorage = { setItem: (key: string, value: string) => stored.set(key, value) };
    runHandler(TOGGLE_STUDY_VIEW, {}, { document, localStorage });
    assert.deepEqual([[...attributes], stored.get('study-view')], [['data-study'], 'on']);
    runHandler(TOGGLE_STUDY_VIEW, {}, { document, localStorage });
    assert.deepEqual([[...attributes], stored.get('study-view')], [[], 'off']);
  });

  it('the copy button copies the code before it and says so for a moment', async () => {
    const copied: string[] = [];
    const timers: (() => void)[] = [];
    const button = { textContent: 'Copy', previousElementSibling: { innerText: 'x = 1\nprint(x)' } };
    const navigator = { clipboard: { writeText: async (text: string) => void copied.push(text) } };
    await runHandler(COPY_CODE, button, { navigator, setTimeout: (callback: () => void) => timers.push(callback) });
    assert.deepEqual(copied, ['x = 1\nprint(x)']);
    assert.equal(button.textContent, 'Copied');
    timers.forEach((callback) => callback());
    assert.equal(button.textContent, 'Copy');
  });

  it('a script loaded on use runs once, however often the control is used', async () => {
    const scope = globalThis as { inlineHandlerRuns?: number };
    const element = { dataset: { script: 'data:text/javascript,globalThis.inlineHandlerRuns=(globalThis.inlineHandlerRuns??0)+1' } };
    runHandler(LOAD_SCRIPT, element, {});
    runHandler(LOAD_SCRIPT, element, {});
    // The handler starts the import and returns; give the module time to load (and a second copy time to run, if any did).
    for (let wait = 0; wait < 100 && scope.inlineHandlerRuns === undefined; wait += 1) await new Promise((done) => setTimeout(done, 10));
    await new Promise((done) => setTimeout(done, 50));
    assert.equal(scope.inlineHandlerRuns, 1);
  });
});
