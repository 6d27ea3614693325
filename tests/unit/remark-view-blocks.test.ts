import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { query } from '../helpers/html.ts';
import { renderLecture } from '../helpers/markdown.ts';

const lecture = [
  '## Slide',
  '',
  'Shown everywhere.',
  '',
  ':::notes',
  'Spoken words with $a^2$ math.',
  ':::',
  '',
  ':::slides-only',
  'Only on the slide.',
  ':::',
  '',
  ':::notes-only',
  'Only in the reading notes.',
  ':::',
].join('\n');

describe('remark-view-blocks: notes and per-view blocks', () => {
  it('turns :::notes into a reveal.js speaker-notes aside in the deck', async () => {
    const { views } = await renderLecture(lecture);
    const notes = query(views.deckHtml).all('section > aside.notes');
    assert.equal(notes.length, 1);
    assert.match(query(views.deckHtml).text('aside.notes')[0] ?? '', /Spoken words/);
    assert.ok(query(views.deckHtml).one('aside.notes math'), 'math in notes renders');
  });

  it('shows speaker notes as reading text in the notes view', async () => {
    const { notesHtml } = await renderLecture(lecture);
    const notes = query(notesHtml);
    assert.equal(notes.all('aside.notes').length, 0);
    assert.match(notes.text('div.lecture-notes')[0] ?? '', /Spoken words/);
  });

  it('keeps each view-only block out of the other view', async () => {
    const { notesHtml, views } = await renderLecture(lecture);
    assert.match(views.deckHtml, /Only on the slide/);
    assert.doesNotMatch(views.deckHtml, /Only in the reading notes/);
    assert.match(notesHtml, /Only in the reading notes/);
    assert.doesNotMatch(notesHtml, /Only on the slide/);
  });

  it('leaves the lines of a --- inside speaker notes alone', async () => {
    const { views } = await renderLecture(['## A', '', ':::notes', 'one', '', '---', '', 'two', ':::'].join('\n'));
    assert.equal(views.slides.length, 1);
  });
});

describe('math in speaker notes', () => {
  it('keeps only MathML in the deck notes (the speaker view has no KaTeX styles)', async () => {
    const { views, notesHtml } = await renderLecture('## S\n\nOn slide $x^2$\n\n:::notes\nIn notes $y^2$\n:::');
    const deck = query(views.deckHtml);
    assert.ok(deck.one('aside.notes .notes-math > math'));
    assert.equal(deck.all('aside.notes .katex-html').length, 0);
    assert.ok(deck.one('section > p .katex-html'), 'math on the slide itself is untouched');
    assert.ok(query(notesHtml).one('.lecture-notes .katex-html'), 'the reading notes keep KaTeX');
  });
});
