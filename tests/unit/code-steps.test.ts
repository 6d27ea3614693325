import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCodeMeta } from '../../src/markdown/code-meta.ts';
import { query } from '../helpers/html.ts';
import { renderLecture } from '../helpers/markdown.ts';

const fence = (meta: string) => ['## Code', '', '```python ' + meta, 'a = 1', 'b = 2', 'c = 3', 'd = 4', '```'].join('\n');

describe('code fences: stepwise highlights and line numbers', () => {
  it('parses steps, ranges and lists', () => {
    const meta = parseCodeMeta('numbers {1|2-3|1,4}');
    assert.equal(meta.numbers, true);
    assert.deepEqual(meta.steps.map((step) => [...step]), [[1], [2, 3], [1, 4]]);
    assert.match(parseCodeMeta('{1|x}').error ?? '', /cannot read "x"/);
  });

  it('marks each line with its steps and adds one fragment per further step', async () => {
    const { views } = await renderLecture(fence('{1|2-3|4}'));
    const deck = query(views.deckHtml);
    const lines = deck.all('pre.code-steps .line').map((line) => line.properties.dataSteps);
    assert.deepEqual(lines, ['0', '1', '1', '2']);
    assert.deepEqual(deck.text('pre.code-steps .line.highlighted'), ['a = 1']);
    assert.equal(deck.all('pre.code-steps > .fragment.code-step').length, 2);
  });

  it('keeps step markers out of the reading notes', async () => {
    const { notesHtml } = await renderLecture(fence('{1|2}'));
    assert.equal(query(notesHtml).all('.code-step').length, 0);
    assert.ok(query(notesHtml).one('pre.astro-code'));
  });

  it('adds line numbers on request only', async () => {
    assert.ok(query((await renderLecture(fence('numbers'))).views.deckHtml).one('pre.line-numbers'));
    assert.equal(query((await renderLecture(fence(''))).views.deckHtml).one('pre.line-numbers'), undefined);
  });

  it('reports unreadable steps at the fence line', async () => {
    const { messages } = await renderLecture(fence('{1|two}'));
    assert.deepEqual(messages.map((m) => [m.ruleId, m.line]), [['code-steps', 3]]);
  });
});
