import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { query } from '../helpers/html.ts';
import { renderLecture } from '../helpers/markdown.ts';

describe('overflow warning', () => {
  it('warns at the slide line when content will not fit the 16:9 frame, in a lecture not paginated', async () => {
    const items = Array.from({ length: 30 }, (_, i) => `- point number ${i + 1}`);
    const { messages } = await renderLecture(['## Fits', '', '- one', '- two', '', '## Too long', '', ...items].join('\n'), { data: { paginate: false } });
    assert.deepEqual(messages.map((m) => [m.ruleId, m.line, m.fatal]), [['slide-overflow', 6, false]]);
    assert.match(messages[0]?.reason ?? '', /"Too long" may overflow/);
  });

  it('does not count speaker notes, which are not on the slide', async () => {
    const notes = Array.from({ length: 40 }, (_, i) => `Sentence ${i} of the notes.`).join('\n\n');
    const { messages } = await renderLecture(['## Short', '', 'One line', '', ':::notes', notes, ':::'].join('\n'));
    assert.equal(messages.length, 0);
  });
});

describe('links between a slide and its notes section', () => {
  const source = { path: '/nowhere/03-sample.md' };

  it('gives each slide a "read in notes" link to its section', async () => {
    const { views } = await renderLecture('## Alpha\n\ntext\n\n---\n\nmore', source);
    const links = query(views.deckHtml).all('section > a.notes-link').map((a) => a.properties.href);
    assert.deepEqual(links, ['../../notes/03-sample/#alpha', '../../notes/03-sample/#alpha-1']);
  });

  it('gives each notes section a "show slide" link to its slide', async () => {
    const { notesHtml } = await renderLecture('## Alpha\n\ntext', source);
    const link = query(notesHtml).one('h2#alpha + a.slide-link');
    assert.equal(link?.properties.href, '../../slides/03-sample/#/alpha');
  });
});
