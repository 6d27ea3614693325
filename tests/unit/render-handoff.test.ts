import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Loader, LoaderContext } from 'astro/loaders';
import { handOverRender, handoffCounts, reusingCheckRenders } from '../../src/lib/render-handoff.ts';

type Render = (entry: { filePath?: string; body?: string }) => Promise<{ html: string; metadata: Record<string, unknown> }>;

/** A stand-in for Astro's glob loader: renders each entry through the `.md` entry type it is given. */
function fakeGlob(entries: { filePath: string; body: string }[], out: string[]): Loader {
  return {
    name: 'fake-glob',
    async load(context) {
      const types = (context as LoaderContext & { entryTypes: Map<string, { getRenderFunction(config: unknown): Promise<Render> }> }).entryTypes;
      const render = await types.get('.md')!.getRenderFunction({});
      for (const entry of entries) out.push((await render(entry)).html);
    },
  };
}

function astroMarkdownType(calls: string[]) {
  return {
    extensions: ['.md'],
    async getRenderFunction() {
      return async (entry: { body?: string }) => {
        calls.push(entry.body!);
        return { html: `<p>astro: ${entry.body}</p>`, metadata: {} };
      };
    },
  };
}

describe('render hand-off from the check to Astro', () => {
  it('stores a handed-over render without rendering again, and renders anything else', async () => {
    const astroCalls: string[] = [];
    const html: string[] = [];
    const before = handoffCounts();
    handOverRender('/c/01-a.md', '## A', { html: '<p>from the check</p>', metadata: { headings: [] } });
    const loader = reusingCheckRenders(fakeGlob([
      { filePath: '/c/01-a.md', body: '## A' },
      { filePath: '/c/02-b.md', body: '## B' },
      { filePath: '/c/01-a.md', body: '## A changed' },
    ], html));
    const type = astroMarkdownType(astroCalls);
    await loader.load({ entryTypes: new Map([['.md', type], ['.markdown', type]]) } as unknown as LoaderContext);
    assert.deepEqual(html, ['<p>from the check</p>', '<p>astro: ## B</p>', '<p>astro: ## A changed</p>']);
    assert.deepEqual(astroCalls, ['## B', '## A changed']);
    assert.deepEqual(handoffCounts(), { handed: before.handed + 1, reused: before.reused + 1 });
  });

  it('uses a render once: a second load renders again', async () => {
    const astroCalls: string[] = [];
    handOverRender('/c/03-c.md', '## C', { html: '<p>checked</p>', metadata: {} });
    const entries = [{ filePath: '/c/03-c.md', body: '## C' }];
    const html: string[] = [];
    const loader = reusingCheckRenders(fakeGlob(entries, html));
    const context = { entryTypes: new Map([['.md', astroMarkdownType(astroCalls)]]) } as unknown as LoaderContext;
    await loader.load(context);
    await loader.load(context);
    assert.deepEqual(html, ['<p>checked</p>', '<p>astro: ## C</p>']);
  });
});
