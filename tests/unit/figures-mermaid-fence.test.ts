import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Code } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { parseMermaidFence } from '../../src/figures/mermaid-fence.ts';

/** The fence as the Markdown parser hands it over (info string split into lang and meta). */
function fence(info: string) {
  const [code] = fromMarkdown(`\`\`\`${info}\nflowchart LR\n  A --> B\n\`\`\`\n`).children as Code[];
  return parseMermaidFence(code!.lang, code!.meta);
}

describe('parseMermaidFence', () => {
  const values = (values: Record<string, string>) => ({ classes: [], values });

  it('reads both spellings of a Mermaid fence and its attributes', () => {
    assert.deepEqual(fence('mermaid'), values({}));
    assert.deepEqual(fence('mermaid alt="Data flows into a model"'), values({ alt: 'Data flows into a model' }));
    assert.deepEqual(fence('{mermaid alt="Data flows into a model"}'), values({ alt: 'Data flows into a model' }));
    assert.deepEqual(fence("{mermaid alt='It’s a “loop”'}"), values({ alt: 'It’s a “loop”' }));
    assert.deepEqual(fence('{mermaid}'), values({}));
    assert.deepEqual(fence('{mermaid #fig-loop fig-cap="The loop" alt="A loop"}'), { id: 'fig-loop', classes: [], values: { 'fig-cap': 'The loop', alt: 'A loop' } });
  });

  it('leaves attributes it cannot read out, for the syntax layer to report', () => {
    assert.deepEqual(fence('{mermaid alt="never closed}'), values({}));
  });

  it('leaves other code alone', () => {
    assert.equal(fence('python'), undefined);
    assert.equal(fence('mermaidish'), undefined);
    assert.equal(fence('python alt="mermaid"'), undefined);
    assert.equal(fence(''), undefined);
  });
});
