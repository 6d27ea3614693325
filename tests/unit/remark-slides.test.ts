import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { query } from '../helpers/html.ts';
import { renderLecture } from '../helpers/markdown.ts';

const md = (lines: string[]) => lines.join('\n');

describe('remark-slides: splitting a lecture into slides', () => {
  it('opens a section slide at #, a slide at ## and a headingless slide at a lone ---', async () => {
    const { views } = await renderLecture(
      md(['# Part one', '', '## First', '', 'Text', '', '---', '', 'More', '', '## Second', '', 'End']),
    );
    assert.deepEqual(
      views.slides.map((slide) => [slide.kind, slide.title, slide.id]),
      [
        ['section', 'Part one', 'part-one'],
        ['slide', 'First', 'first'],
        ['continuation', '', 'first-1'],
        ['slide', 'Second', 'second'],
      ],
    );
    const deck = query(views.deckHtml);
    assert.equal(deck.all('section.slide').length, 4);
    assert.equal(deck.all('section.slide-section').length, 1);
    assert.deepEqual(deck.text('section#first-1 p'), ['More']);
  });

  it('never splits at --- inside a code fence', async () => {
    const { views } = await renderLecture(
      md(['## YAML', '', '```yaml', '---', 'key: value', '---', '```', '', 'After the code']),
    );
    assert.equal(views.slides.length, 1);
    const code = query(views.deckHtml).text('pre code');
    assert.equal(code.length, 1);
    assert.match(code[0] ?? '', /---\s*key: value\s*---/);
  });

  it('keeps an empty slide between two boundaries', async () => {
    const { views } = await renderLecture(md(['## Full', '', 'Text', '', '---', '', '---', '', 'Last']));
    assert.equal(views.slides.length, 3);
    const empty = query(views.deckHtml).one('section#full-1');
    assert.ok(empty, 'the empty slide is emitted');
    assert.deepEqual(query(views.deckHtml).text('section#full-1 > *'), ['Read in notes'], 'nothing but its "Read in notes" link');
  });

  it('puts content before the first heading on a slide of its own', async () => {
    const { views } = await renderLecture(md(['Opening words', '', '## Then a title']));
    assert.deepEqual(views.slides.map((slide) => slide.kind), ['continuation', 'slide']);
  });

  it('records the source line of every slide', async () => {
    const { views } = await renderLecture(md(['## One', '', 'a', '', '---', '', 'b', '', '# Two']));
    assert.deepEqual(views.slides.map((slide) => slide.line), [1, 5, 9]);
    const lines = query(views.deckHtml).all('section').map((node) => node.properties.dataSourceLine);
    assert.deepEqual(lines, ['1', '5', '9']);
  });

  it('gives repeated headings distinct, stable ids', async () => {
    const { views } = await renderLecture(md(['## Outline', '', '## Outline', '', '## Other', '', '## Outline']));
    assert.deepEqual(views.slides.map((slide) => slide.id), ['outline', 'outline-1', 'other', 'outline-2']);
  });

  it('keeps a slide id when slides before it are added or moved', async () => {
    const before = await renderLecture(md(['## Alpha', '', '## Beta']));
    const after = await renderLecture(md(['## Gamma', '', '## Beta', '', '## Alpha']));
    const idOf = (title: string, slides: { title: string; id: string }[]) =>
      slides.find((slide) => slide.title === title)?.id;
    assert.equal(idOf('Beta', after.views.slides), idOf('Beta', before.views.slides));
    assert.equal(idOf('Alpha', after.views.slides), idOf('Alpha', before.views.slides));
  });

  it('moves the slide id to the heading in the notes view, without duplicate ids', async () => {
    const { notesHtml } = await renderLecture(md(['## Topic', '', '### Detail', '', 'x', '', '---', '', 'y']));
    const notes = query(notesHtml);
    assert.equal(notes.one('h2')?.properties.id, 'topic');
    assert.equal(notes.one('section:has(> h2)')?.properties.id, undefined);
    assert.equal(notes.one('h3')?.properties.id, 'detail');
    assert.equal(notes.all('section#topic-1').length, 1);
    const ids = notes.all('[id]').map((node) => String(node.properties.id));
    assert.equal(new Set(ids).size, ids.length);
  });
});
