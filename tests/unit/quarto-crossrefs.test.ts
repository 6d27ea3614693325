import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { query } from '../helpers/html.ts';
import { renderLecture } from '../helpers/markdown.ts';
import { md } from '../helpers/pandoc-syntax.ts';

const lecture = md(
  '## Figures {#sec-figures}',
  '',
  '::: {#fig-elephants layout-ncol=2}',
  '![Surus](/favicon.svg){#fig-surus}',
  '',
  '![Hanno](/favicon.svg){#fig-hanno}',
  '',
  'Famous elephants',
  ':::',
  '',
  '![A map](/favicon.svg){#fig-map}',
  '',
  '| A | B |',
  '|---|---|',
  '| 1 | 2 |',
  '',
  ': Numbers {#tbl-numbers}',
  '',
  '## Equations',
  '',
  '$$',
  'a = b \\label{eq:ab}',
  '$$',
  '',
  '$$',
  'E = mc^2',
  '$$ {#eq-mass}',
  '',
  'See @fig-elephants, @fig-hanno, @Fig-map, [-@fig-map], [Fig @fig-surus], @tbl-numbers, @eq-mass, \\eqref{eq:ab} and @sec-figures.',
);

describe('cross-references, the Quarto way', () => {
  it('numbers figures, sub-figures, tables and equations, the same in both views', async () => {
    const { notesHtml, views, messages } = await renderLecture(lecture);
    assert.deepEqual(messages.map((message) => message.ruleId), []);
    for (const html of [notesHtml, views.deckHtml]) {
      const page = query(html);
      assert.deepEqual(page.text('figure.figure > figcaption'), ['Figure 1: Famous elephants', 'Figure 2: A map']);
      assert.deepEqual(page.text('figure.subfigure figcaption'), ['(a) Surus', '(b) Hanno']);
      assert.deepEqual(page.all('figure.subfigure').map((figure) => figure.properties.id), ['fig-surus', 'fig-hanno']);
      assert.deepEqual(page.text('figure.table-figure > figcaption'), ['Table 1: Numbers']);
      assert.equal(page.all('#fig-elephants .figure-row .figure-cell').length, 2);
      assert.ok(page.one('#eq-mass') && page.one('#eq-eq-ab'), 'both equations have anchors');
      assert.equal(page.all('.katex-display .tag').length, 2);
    }
  });

  it('writes each reference as Quarto does and links it (through reveal.js\'s router in the deck)', async () => {
    const { notesHtml, views } = await renderLecture(lecture);
    const expected = [
      ['#fig-elephants', 'Figure 1'], ['#fig-hanno', 'Figure 1 (b)'], ['#fig-map', 'Figure 2'], ['#fig-map', '2'],
      ['#fig-surus', 'Fig 1 (a)'], ['#tbl-numbers', 'Table 1'], ['#eq-mass', 'Equation 2'], ['#eq-eq-ab', '(1)'], ['#sec-figures', 'Figures'],
    ];
    const links = (html: string) => query(html).all('a.crossref').map((link) => [String(link.properties.href), query(html).text('a.crossref')]);
    assert.deepEqual(links(notesHtml).map(([href], index) => [href, links(notesHtml)[0]![1]![index]]), expected);
    assert.deepEqual(links(views.deckHtml).map(([href]) => href), expected.map(([href]) => href!.replace('#', '#/')));
  });

  it('reports an unknown label as an unknown cross-reference at its place, not as an unknown citation', async () => {
    const { messages } = await renderLecture(md('## A', '', '![M](/favicon.svg){#fig-map}', '', 'See @fig-mapp and [@tbl-none].'));
    assert.deepEqual(messages.map((message) => [message.ruleId, message.line, message.column]), [
      ['crossref-unknown-label', 5, 5], ['crossref-unknown-label', 5, 19],
    ]);
    assert.match(messages[0]!.note ?? '', /fig-map/);
  });

  it('reports a label used twice', async () => {
    const { messages } = await renderLecture(md('## A', '', '![M](/favicon.svg){#fig-x}', '', '![N](/favicon.svg){#fig-x}'));
    assert.deepEqual(messages.map((message) => [message.ruleId, message.line]), [['crossref-duplicate-label', 5]]);
  });

  it('reads MyST targets, labels and reference roles', async () => {
    const { notesHtml, messages } = await renderLecture(md(
      '(sec-fit)=', '# Fitting', '', '## Loss', '',
      '```{math}', ':label: eq-loss', 'L = w^2', '```', '',
      '$$', 'w = 0', '$$ (normal)', '',
      '![A fit](/favicon.svg){#fig-fit}', '',
      'By {eq}`eq-loss`, {eq}`normal`, {numref}`fig-fit`, {numref}`Fig. %s <fig-fit>` and {ref}`sec-fit`; {eq}`nope`.',
    ));
    assert.deepEqual(messages.map((message) => [message.ruleId, message.line]), [['crossref-unknown-label', 17]]);
    assert.deepEqual(query(notesHtml).text('p a.crossref'), ['(1)', '(2)', 'Figure 1', 'Fig. 1', 'Fitting']);
  });

  it('lays out a grid by layout="[[1,1],[1]]" and reports a layout it cannot read', async () => {
    const { notesHtml, messages } = await renderLecture(md(
      '## A', '', '::: {layout="[[1,1],[1]]"}', '![a](/favicon.svg)', '', '![b](/favicon.svg)', '', '![c](/favicon.svg)', ':::', '',
      '::: {layout-ncol=two}', 'x', ':::',
    ));
    assert.deepEqual(query(notesHtml).all('.figure-grid > .figure-row').map((row) => row.children.length), [2, 1]);
    assert.deepEqual(messages.filter((message) => message.fatal).map((message) => [message.ruleId, message.line]), [['attribute-value', 11]]);
  });
});
