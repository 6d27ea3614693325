import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { query } from '../helpers/html.ts';
import { compileText, renderLecture } from '../helpers/markdown.ts';

describe('callouts, figures, numbered equations and footnotes', () => {
  it('counts the words of the lecture body for the reading time', async () => {
    const { words } = await compileText('---\ntitle: T\nnumber: 1\n---\n## Slide\n\nalpha beta\n\n:::notes\ngamma delta epsilon\n:::');
    assert.equal(words, 9);
  });

  it('turns :::tip[Title] and :::warning into titled callouts', async () => {
    const { notesHtml } = await renderLecture('## A\n\n:::tip[Try this]\nDo it.\n:::\n\n:::warning\nCareful.\n:::');
    const html = query(notesHtml);
    assert.deepEqual(html.text('aside.callout-tip .callout-title'), ['Try this']);
    assert.deepEqual(html.text('aside.callout-warning .callout-title'), ['Warning']);
    assert.equal(html.one('aside.callout-tip')?.properties.role, 'note');
  });

  it('numbers figures made from an image with a title, the same in both views', async () => {
    const { notesHtml, views } = await renderLecture(
      '## A\n\n![First map](/favicon.svg "Model families")\n\n## B\n\n![Second](/favicon.svg "Data sources")\n\n![Logo](/favicon.svg)',
    );
    for (const html of [notesHtml, views.deckHtml]) {
      assert.deepEqual(query(html).text('figure figcaption'), ['Figure 1: Model families', 'Figure 2: Data sources']);
      assert.equal(query(html).all('figure').length, 2);
    }
  });

  it('numbers labelled equations and links \\eqref to them', async () => {
    const { notesHtml, views, messages } = await renderLecture(
      '## A\n\n$$\na = b \\label{eq:first}\n$$\n\n$$\nc = d \\label{eq:second}\n$$\n\nBy \\eqref{eq:second} and \\eqref{eq:first}.',
    );
    assert.deepEqual(messages, []);
    // In the deck, links go through reveal.js's router (#/id: the slide holding the element).
    for (const [html, hash] of [[notesHtml, '#'], [views.deckHtml, '#/']] as const) {
      const refs = query(html).all('a.eqref');
      assert.deepEqual(refs.map((a) => [a.properties.href, query(html).text('a.eqref')]), [
        [`${hash}eq-eq-second`, ['(2)', '(1)']],
        [`${hash}eq-eq-first`, ['(2)', '(1)']],
      ]);
      assert.equal(query(html).all('.katex-display .tag').length, 2);
      assert.ok(query(html).one('#eq-eq-first'));
    }
  });

  it('reports an \\eqref to a missing label at its line', async () => {
    const { messages } = await renderLecture('## A\n\nSee \\eqref{eq:none}.');
    assert.deepEqual(messages.map((m) => [m.ruleId, m.line]), [['equation-unknown-label', 3]]);
  });

  it('keeps footnotes in the notes and only their marks on slides', async () => {
    const { notesHtml, views } = await renderLecture('## A\n\nA claim[^1].\n\n[^1]: The source.');
    assert.match(query(notesHtml).text('section.footnotes li')[0] ?? '', /The source/);
    assert.equal(query(views.deckHtml).all('.footnotes').length, 0);
    assert.equal(query(views.deckHtml).all('a[data-footnote-ref]').length, 0);
    assert.deepEqual(query(views.deckHtml).text('.footnote-mark'), ['1']);
  });

  it('leaves inline "word:word" text alone (not a directive)', async () => {
    const { notesHtml, messages } = await renderLecture('## A\n\nThe ratio:high case.');
    assert.deepEqual(messages, []);
    assert.match(notesHtml, /The ratio:high case\./);
  });
});
