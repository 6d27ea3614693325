import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { query } from '../helpers/html.ts';
import { renderLecture } from '../helpers/markdown.ts';

const md = (lines: string[]) => lines.join('\n');

describe('remark-fragments: pauses and incremental lists', () => {
  it('turns what follows each . . . pause into one fragment, in order', async () => {
    const { views } = await renderLecture(md(['## S', '', 'one', '', '. . .', '', 'two', '', '. . .', '', 'three']));
    const deck = query(views.deckHtml);
    assert.deepEqual(deck.text('section > div.fragment'), ['two', 'three']);
    assert.deepEqual(deck.text('section > p'), ['one']);
  });

  it('never leaks the pause marker into either view', async () => {
    const { views, notesHtml } = await renderLecture(md(['## S', '', 'one', '', '. . .', '', 'two']));
    for (const html of [views.deckHtml, notesHtml]) {
      assert.doesNotMatch(html, /\. \. \.|…/);
    }
    assert.match(notesHtml, /two/);
  });

  it('keeps speaker notes outside fragments so reveal.js finds them', async () => {
    const { views } = await renderLecture(md(['## S', '', 'a', '', '. . .', '', 'b', '', ':::notes', 'said', ':::']));
    const deck = query(views.deckHtml);
    assert.equal(deck.all('section > aside.notes').length, 1);
    assert.equal(deck.all('.fragment aside').length, 0);
  });

  it('reveals list items one by one inside :::incremental', async () => {
    const { views } = await renderLecture(md(['## S', '', ':::incremental', '- a', '- b', ':::', '', '- c']));
    const deck = query(views.deckHtml);
    assert.deepEqual(deck.text('li.fragment'), ['a', 'b']);
    assert.deepEqual(deck.text('li:not(.fragment)'), ['c']);
  });

  it('makes every list incremental when the lecture says so, except :::nonincremental', async () => {
    const { views } = await renderLecture(md(['## S', '', '- a', '', ':::nonincremental', '- b', ':::']), {
      data: { incremental: true },
    });
    const deck = query(views.deckHtml);
    assert.deepEqual(deck.text('li.fragment'), ['a']);
    assert.deepEqual(deck.text('li:not(.fragment)'), ['b']);
  });

  it('renders math inside a fragment', async () => {
    const { views } = await renderLecture(md(['## S', '', '. . .', '', 'Then $E = mc^2$.']));
    assert.ok(query(views.deckHtml).one('.fragment .katex'));
  });
});
