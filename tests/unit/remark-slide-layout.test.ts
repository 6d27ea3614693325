import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { query } from '../helpers/html.ts';
import { declaredStyle, renderLecture } from '../helpers/markdown.ts';

const md = (lines: string[]) => lines.join('\n');

describe('slide attributes, columns and stretch', () => {
  it('applies ::slide{…} classes, backgrounds and an explicit id to its slide', async () => {
    const { views } = await renderLecture(
      md(['## A', '', '::slide{.statement .dark background=#0b3d91 transition=fade}', '', 'Big words', '',
        '## B', '', '::slide{#custom background=/favicon.svg}']),
    );
    const deck = query(views.deckHtml);
    const first = deck.one('section#a');
    assert.deepEqual(first?.properties.className, ['slide', 'slide-slide', 'statement', 'dark']);
    assert.equal(first?.properties.dataBackgroundColor, '#0b3d91');
    assert.equal(first?.properties.dataTransition, 'fade');
    assert.equal(deck.one('section#custom')?.properties.dataBackgroundImage, '/favicon.svg');
    assert.equal(views.slides[1]?.id, 'custom');
  });

  it('reports an unknown slide attribute at its line', async () => {
    const { messages } = await renderLecture(md(['## A', '', '::slide{colour=red}']));
    assert.deepEqual(messages.map((m) => [m.ruleId, m.line, m.fatal]), [['slide-attribute', 3, true]]);
  });

  it('lays out ::::columns with :::column widths', async () => {
    const { views, styles } = await renderLecture(
      md(['## C', '', '::::columns', ':::column{width=40%}', 'left', ':::', '', ':::column', 'right', ':::', '::::']),
    );
    const deck = query(views.deckHtml);
    const columns = deck.all('div.columns > div.column');
    assert.equal(columns.length, 2);
    assert.match(String(declaredStyle(columns[0], styles)), /flex: 0 0 40%/);
    assert.deepEqual(deck.text('div.column'), ['left', 'right']);
  });

  it('rejects a column width that is not a percentage, and a column outside columns', async () => {
    const { messages } = await renderLecture(
      md(['## C', '', '::::columns', ':::column{width=300px}', 'x', ':::', '::::', '', ':::column', 'y', ':::']),
    );
    assert.deepEqual(messages.map((m) => [m.ruleId, m.line]), [['column-width', 4], ['column-outside-columns', 9]]);
  });

  it('marks a :::stretch block for reveal.js to size', async () => {
    const { views } = await renderLecture(md(['## F', '', ':::stretch', '![Map of models](/figures/map.png)', ':::']));
    assert.ok(query(views.deckHtml).one('section > div.r-stretch img[alt="Map of models"]'));
  });
});
