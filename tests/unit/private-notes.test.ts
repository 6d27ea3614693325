import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PRIVATE_NOTES_MESSAGE, withoutDeckNotes, withoutReadingNotes } from '../../src/site/private-notes.ts';
import { query } from '../helpers/html.ts';
import { fixturePipeline } from '../helpers/markdown.ts';

const render = fixturePipeline();

/** A slide whose speaker notes hold a heading, a footnote of their own and a second mark of the slide's footnote. */
const LECTURE = `## A slide

What the slide says.[^shared]

:::notes
What the lecturer says.[^own] Again.[^shared]

### A heading in the notes
:::

[^shared]: A footnote the slide marks.
[^own]: A footnote only the notes mark.
`;

describe('speaker notes left out of the site (--private-notes)', () => {
  it('the notes page keeps the slide and its footnote, without the notes, their footnote or their mark of the slide’s', async () => {
    const { html, removedIds } = withoutReadingNotes((await render(LECTURE)).notesHtml);
    const page = query(html);
    assert.equal(page.all('.lecture-notes').length, 0);
    assert.match(page.text('section.slide').join(' '), /What the slide says/);
    assert.doesNotMatch(html, /What the lecturer says|heading in the notes|only the notes mark/);
    assert.deepEqual(page.text('.footnotes li'), ['A footnote the slide marks. ↩']);
    assert.equal(page.all('a[data-footnote-backref]').length, 1, 'the way back to the slide’s mark only');
    assert.ok(removedIds.has('a-heading-in-the-notes'), [...removedIds].join(', '));
  });

  it('the deck’s slides carry no notes, and tell the speaker view they are private', async () => {
    const slides = withoutDeckNotes((await render(LECTURE)).views.slides);
    const deck = query(slides.map((slide) => slide.html).join(''));
    assert.equal(deck.all('aside.notes').length, 0);
    assert.deepEqual(deck.all('section').map((section) => section.properties.dataNotes), [PRIVATE_NOTES_MESSAGE]);
    assert.match(deck.text('section').join(' '), /What the slide says/);
  });
});
