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
  it('reads both spellings of a Mermaid fence and its alt text', () => {
    assert.deepEqual(fence('mermaid'), {});
    assert.deepEqual(fence('mermaid alt="Data flows into a model"'), { alt: 'Data flows into a model' });
    assert.deepEqual(fence('{mermaid alt="Data flows into a model"}'), { alt: 'Data flows into a model' });
    assert.deepEqual(fence("{mermaid alt='It’s a “loop”'}"), { alt: 'It’s a “loop”' });
    assert.deepEqual(fence('{mermaid}'), {});
  });

  it('leaves other code alone', () => {
    assert.equal(fence('python'), undefined);
    assert.equal(fence('mermaidish'), undefined);
    assert.equal(fence('python alt="mermaid"'), undefined);
    assert.equal(fence(''), undefined);
  });
});
