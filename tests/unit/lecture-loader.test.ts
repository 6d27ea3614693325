import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Loader, LoaderContext } from 'astro/loaders';
import { htmlFileOf, loadHtml, offloadHtml, type StoredRender } from '../../src/lib/lecture-html-store.ts';
import { lectureLoader } from '../../src/lib/lecture-loader.ts';
import { handOverRender, handoffCounts } from '../../src/lib/render-handoff.ts';

type Entry = { id: string; digest: string; filePath: string; body: string };
type Stored = { id: string; rendered?: StoredRender };

/** A render as the pipeline makes it: notes HTML, and the deck in the metadata. */
const rendered = (name: string): StoredRender & { metadata: Record<string, unknown> } => ({
  html: `<p>notes ${name}</p>`,
  metadata: { headings: [], frontmatter: { title: name, lectureViews: { slides: [], citations: [], words: 1, deckHtml: `<section>${name}</section>` } } },
});

/** A stand-in for Astro's glob loader: renders each entry through the `.md` entry type and stores it. */
function fakeGlob(entries: Entry[]): Loader {
  return {
    name: 'fake-glob',
    async load(context) {
      const types = (context as LoaderContext & { entryTypes: Map<string, { getRenderFunction(config: unknown): Promise<(entry: Entry) => Promise<StoredRender>> }> }).entryTypes;
      const render = await types.get('.md')!.getRenderFunction({});
      for (const entry of entries) {
        if (context.store.get(entry.id)) continue; // Cached, as Astro skips an unchanged file.
        context.store.set({ id: entry.id, data: {}, rendered: await render(entry) } as never);
      }
    },
  };
}

function fakeContext(astroCalls: string[]) {
  const store = new Map<string, Stored>();
  const type = {
    extensions: ['.md'],
    async getRenderFunction() {
      return async (entry: Entry) => (astroCalls.push(entry.id), rendered(`astro ${entry.id}`));
    },
  };
  const context = {
    entryTypes: new Map([['.md', type], ['.markdown', type]]),
    store: {
      get: (id: string) => store.get(id),
      set: (entry: Stored) => void store.set(entry.id, entry),
      delete: (id: string) => void store.delete(id),
      values: () => [...store.values()],
    },
  };
  return { store, context: context as unknown as LoaderContext };
}

describe('lecture loader', () => {
  it('stores the check’s render instead of rendering, and keeps the HTML out of the store', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lecture-html-'));
    const astroCalls: string[] = [];
    const { store, context } = fakeContext(astroCalls);
    const before = handoffCounts();
    handOverRender({ filePath: '/c/01-a.md', body: '## A', rendered: rendered('checked a') });
    await lectureLoader(fakeGlob([
      { id: '01-a', digest: 'd1', filePath: '/c/01-a.md', body: '## A' },
      { id: '02-b', digest: 'd2', filePath: '/c/02-b.md', body: '## B' },
    ]), dir).load(context);
    assert.deepEqual(astroCalls, ['02-b']);
    assert.deepEqual(handoffCounts(), { handed: before.handed + 1, reused: before.reused + 1 });
    const a = store.get('01-a')!.rendered!;
    assert.equal(a.html, '');
    assert.equal((a.metadata!.frontmatter!.lectureViews as { deckHtml?: string }).deckHtml, undefined);
    assert.deepEqual(loadHtml(htmlFileOf(a)!, dir), { notesHtml: '<p>notes checked a</p>', deckHtml: '<section>checked a</section>' });
    assert.deepEqual(readdirSync(dir).sort(), ['01-a.d1.json', '02-b.d2.json']);
  });

  it('renders a cached entry again when its HTML file is gone, and prunes files no entry names', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lecture-html-'));
    const astroCalls: string[] = [];
    const { store, context } = fakeContext(astroCalls);
    const entries = [{ id: '01-a', digest: 'd1', filePath: '/c/01-a.md', body: '## A' }];
    await lectureLoader(fakeGlob(entries), dir).load(context);
    writeFileSync(join(dir, '01-a.old.json'), '{}');
    await lectureLoader(fakeGlob(entries), dir).load(context);
    assert.deepEqual(astroCalls, ['01-a'], 'cached while its file is there');
    assert.equal(existsSync(join(dir, '01-a.old.json')), false);
    const file = htmlFileOf(store.get('01-a')!.rendered)!;
    rmSync(join(dir, file));
    await lectureLoader(fakeGlob(entries), dir).load(context);
    assert.deepEqual(astroCalls, ['01-a', '01-a']);
    assert.ok(existsSync(join(dir, file)));
  });

  it('leaves a render with errors (no views) as Astro made it', () => {
    const failed: StoredRender = { html: '<p>x</p>', metadata: { frontmatter: { lectureErrors: ['a.md:1:1 error'] } } };
    assert.equal(offloadHtml({ id: 'a', digest: '1' }, failed, mkdtempSync(join(tmpdir(), 'lecture-html-'))), failed);
  });
});
