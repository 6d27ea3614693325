import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderLecture } from '../helpers/markdown.ts';
import { md } from '../helpers/pandoc-syntax.ts';

/** The slide-overflow warnings of a one-slide lecture (not paginated) holding a question with `options` options. */
async function overflows(options: number, ...after: string[]): Promise<string[]> {
  const list = Array.from({ length: options }, (_, index) => `- [${index === 0 ? 'x' : ' '}] Option ${index + 1}`);
  const { messages } = await renderLecture(md('## Many options', '', '::: {.quiz}', 'Which one?', '', ...list, ...after, ':::'), { data: { paginate: false } });
  return messages.filter((message) => message.ruleId === 'slide-overflow').map((message) => `${message.line} ${message.reason}`);
}

describe('self-check questions and the 16:9 frame', () => {
  it('lets a question of a few options and an explanation fit its slide', async () => {
    assert.deepEqual(await overflows(3, '', '::: {.explanation}', 'Because the first option is the right one, as the lecture said.', ':::'), []);
  });

  it('warns when a question’s options, each in its box under the numbered prompt, outgrow the slide', async () => {
    // Ten options take about 1,290 of the 1,000 px a slide's content has; counted as plain lines of text they would seem to fit.
    const [warning] = await overflows(10);
    assert.match(warning ?? '', /^1 Slide "Many options" may overflow the 16:9 frame \(about 12\d\d of 1000 px\)$/);
  });
});
