import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { diskStore, type DiagramStore } from '../../src/figures/diagram-store.ts';
import { renderDiagrams, type Diagram } from '../../src/figures/mermaid.ts';
import { locateChromium } from '../../src/headless/chromium.ts';
import { scratchFolder } from '../helpers/scratch.ts';

const LOOP: Diagram = { code: 'flowchart LR\n  A --> B', line: 7, alt: 'A loop' };

/** A store in memory that remembers what it was asked for. */
function memoryStore(drawings: Record<string, string> = {}): DiagramStore & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    get: async (name) => {
      asked.push(name);
      return drawings[name];
    },
    set: async (name, svg) => {
      drawings[name] = svg;
    },
  };
}

/** Run with no Chromium anywhere: CHROME_PATH pointing nowhere. */
async function withoutChromium<T>(run: () => Promise<T>): Promise<T> {
  const saved = process.env.CHROME_PATH;
  process.env.CHROME_PATH = '/nonexistent/chromium';
  try {
    return await run();
  } finally {
    if (saved === undefined) delete process.env.CHROME_PATH;
    else process.env.CHROME_PATH = saved;
  }
}

describe('finding Chromium', () => {
  it('takes CHROME_PATH, else the first browser on PATH, and says what it looked for when there is none', () => {
    const bin = scratchFolder('bin');
    writeFileSync(join(bin, 'chromium-browser'), '');
    assert.deepEqual(locateChromium({ PATH: `/nonexistent:${bin}` }), { path: join(bin, 'chromium-browser') });
    assert.deepEqual(locateChromium({ PATH: bin, CHROME_PATH: join(bin, 'chromium-browser') }), { path: join(bin, 'chromium-browser') });
    assert.deepEqual(locateChromium({ PATH: '/nonexistent' }), { missing: 'No Chromium found (CHROME_PATH is not set, and none of chromium, chromium-browser, google-chrome is on PATH)' });
    assert.deepEqual(locateChromium({ PATH: bin, CHROME_PATH: '/nonexistent/chromium' }), { missing: 'CHROME_PATH points to /nonexistent/chromium, which does not exist' });
  });
});

describe('stored drawings', () => {
  it('are read from the store, light and dark, with no Chromium', async () => {
    const probe = memoryStore();
    await withoutChromium(() => renderDiagrams([{ diagrams: [LOOP], store: probe }]));
    assert.deepEqual(probe.asked.map((name) => name.replace(/^[0-9a-f]{20}/, 'KEY')), ['KEY-light', 'KEY-dark'], 'a drawing per variant, named by its key');
    const svg = (variant: string) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40" id="mermaid-0"><g id="${variant}-node"></g></svg>`;
    const stored = memoryStore({ [probe.asked[0]!]: svg('light'), [probe.asked[1]!]: svg('dark') });
    const [[result]] = await withoutChromium(() => renderDiagrams([{ diagrams: [LOOP], store: stored }]));
    assert.ok(result && !('error' in result), JSON.stringify(result));
    assert.deepEqual([result.light.properties.className, result.dark.properties.className], [['diagram', 'diagram-light'], ['diagram', 'diagram-dark']]);
    assert.equal(result.light.properties.ariaLabel, 'A loop');
  });

  it('missing, with no Chromium to draw them, are one error each at the fence, saying how to install one', async () => {
    const [[result, again]] = await withoutChromium(() => renderDiagrams([{ diagrams: [LOOP, { ...LOOP, code: 'flowchart TD\n  C --> D' }], store: memoryStore() }]));
    for (const missing of [result, again]) {
      assert.ok(missing && 'error' in missing);
      assert.equal(missing.error.ruleId, 'diagram-not-drawn');
      assert.equal(missing.error.line, 7);
      assert.match(missing.error.message, /CHROME_PATH points to \/nonexistent\/chromium/);
      assert.match(missing.error.fix, /apt-get install -y chromium.*CHROME_PATH/);
    }
  });

  it('in a folder keep what they were asked for: the rest is deleted, and the folder once it is empty', async () => {
    const dir = join(scratchFolder('store'), '01-lecture');
    mkdirSync(dir);
    for (const name of ['used-light', 'used-dark', 'old-light']) writeFileSync(join(dir, `${name}.svg`), '<svg/>');
    const store = diskStore(dir);
    assert.equal(await store.get('used-light'), '<svg/>');
    assert.equal(await store.get('missing-light'), undefined);
    await store.set('used-dark', '<svg id="new"/>');
    await store.prune();
    assert.deepEqual(readdirSync(dir).sort(), ['used-dark.svg', 'used-light.svg']);
    await diskStore(dir).prune();
    assert.equal(existsSync(dir), false, 'a lecture that lost its diagrams loses its folder');
  });
});
