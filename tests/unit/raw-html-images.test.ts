import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderLecture } from '../helpers/markdown.ts';

/** The problems of a lecture body, as `rule:line`. */
async function problems(markdown: string): Promise<string[]> {
  const { messages } = await renderLecture(markdown);
  return messages.map((message) => `${message.ruleId}:${message.line}`);
}

describe('pictures written as raw HTML', () => {
  it('need alt text (alt="" for a decorative one) and a file that is there, as Markdown pictures do', async () => {
    assert.deepEqual(await problems([
      '## Raw',
      '',
      '<img src="/favicon.svg">',
      '',
      'An inline <img src="/favicon.svg" alt=""> icon, decorative.',
      '',
      '<img src="figures/no-such-picture.png" alt="Gone">',
    ].join('\n')), ['image-alt:3', 'image-missing:7']);
  });
});
