import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findCitations } from '../../src/references/citation-syntax.ts';
import { fixtureCitations } from '../helpers/citations.ts';
import { query } from '../helpers/html.ts';
import { fixturePipeline, renderLecture } from '../helpers/markdown.ts';

describe('citation syntax (Pandoc)', () => {
  it('finds bracketed, multi-key, located and in-text citations', () => {
    const found = findCitations('See [@a], [@b, p. 211], [see @c; @d] and @e showed it; mail x@y.org.');
    assert.deepEqual(found.map((match) => [match.mode, match.items]), [
      ['bracket', [{ key: 'a', prefix: undefined, locator: undefined }]],
      ['bracket', [{ key: 'b', prefix: undefined, locator: 'p. 211' }]],
      ['bracket', [{ key: 'c', prefix: 'see', locator: undefined }, { key: 'd', prefix: undefined, locator: undefined }]],
      ['intext', [{ key: 'e' }]],
    ]);
  });
});

describe('remark-citations: author–year style (default)', () => {
  it('labels a cite with author and year, linked to the bibliography entry', async () => {
    const { notesHtml } = await renderLecture('## S\n\nAs argued [@turing1950].');
    const link = query(notesHtml).one('a.cite-link');
    assert.equal(link?.properties.href, '#ref-turing1950');
    assert.equal(link?.properties.id, 'cite-turing1950-1');
    assert.match(notesHtml, /\(<a[^>]*>Turing, 1950<\/a>\)/);
  });

  it('keeps page locators and joins several works', async () => {
    const { notesHtml } = await renderLecture('## S\n\nSee [@samuel1959, p. 211; @turing1950].');
    assert.deepEqual(query(notesHtml).text('a.cite-link'), ['Samuel, 1959, p. 211', 'Turing, 1950']);
  });

  it('writes in-text citations as Author (year)', async () => {
    const { notesHtml } = await renderLecture('## S\n\n@mcculloch1943 proposed a neuron.');
    assert.deepEqual(query(notesHtml).text('a.cite-link'), ['McCulloch & Pitts (1943)']);
  });

  it('cites in speaker notes and notes-only blocks too, with distinct ids', async () => {
    const { views, notesHtml } = await renderLecture(
      '## S\n\n[@turing1950]\n\n:::notes\nAlso @turing1950.\n:::\n\n:::notes-only\nAnd [@samuel1959].\n:::',
    );
    assert.deepEqual(query(notesHtml).all('a.cite-link').map((a) => a.properties.id),
      ['cite-turing1950-1', 'cite-turing1950-2', 'cite-samuel1959-1']);
    assert.deepEqual(views.citations.map((use) => [use.key, use.slideId]),
      [['turing1950', 's'], ['turing1950', 's']]);
    assert.equal(query(views.deckHtml).one('a.cite-link')?.properties.href, '#/ref-turing1950');
  });

  it('reports an unknown key as an error at its line and column, leaving the text', async () => {
    const { messages, notesHtml } = await renderLecture('## S\n\nText [@nobody2020] here.');
    assert.deepEqual(messages.map((m) => [m.ruleId, m.line, m.column, m.fatal]), [['citation-unknown-key', 3, 6, true]]);
    assert.match(notesHtml, /\[@nobody2020\]/);
  });
});

describe('remark-citations: numeric style', () => {
  it('numbers works in order of first citation', async () => {
    const render = fixturePipeline({ citations: fixtureCitations('vancouver') });
    const { notesHtml } = await render('## S\n\n[@samuel1959] then [@turing1950, p. 433; @samuel1959] and @turing1950.');
    assert.deepEqual(query(notesHtml).text('a.cite-link'), ['1', '2, p. 433', '1', 'Turing [2]']);
    assert.match(notesHtml, /\[<a[^>]*>1<\/a>\]/);
  });
});
