import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cellKeys, type Freeze } from '../../src/cells/freeze.ts';
import type { CellOutput } from '../../src/cells/outputs.ts';
import { lectureCodeCells } from '../../src/compile/lecture-code-cells.ts';
import { parseLecture } from '../../src/compile/parse-lecture.ts';
import { query } from '../helpers/html.ts';
import { renderLecture } from '../helpers/markdown.ts';
import { md } from '../helpers/pandoc-syntax.ts';

/** The outputs of a lecture body's Python cells, frozen as `npm run execute` keys them. */
function frozen(markdown: string, outputs: CellOutput[][]): Freeze {
  const text = md('---', 'title: Cells', 'number: 1', '---', markdown);
  const { cells } = lectureCodeCells(parseLecture({ path: 'content/lectures/01-cells.md', bytes: new TextEncoder().encode(text) }));
  return { cells: cellKeys(cells).map((key, index) => ({ key, outputs: outputs[index] ?? [] })) };
}

const cell = (...lines: string[]) => md('```{python}', ...lines, '```');
const printed = (lines: number): CellOutput => ({ output_type: 'stream', name: 'stdout', text: Array.from({ length: lines }, (_, line) => `line ${line}\n`).join('') });
const paragraphs = (count: number) => Array.from({ length: count }, (_, index) => `Paragraph ${index + 1}.`).join('\n\n');

describe('blocks too tall for their slide', () => {
  it('keep a cell’s output on the slides: the cell goes on the next slide whole, no output moves to the notes', async () => {
    const markdown = md('## Results', '', paragraphs(7), '', cell('for line in range(12): print("line", line)'));
    const { views, messages } = await renderLecture(markdown, { cellOutputs: { freeze: frozen(markdown, [[printed(12)]]) } });
    const deck = query(views.deckHtml);
    assert.equal(deck.all('#results .cell').length, 0);
    assert.deepEqual(deck.text('#results-cont pre.cell-output').length, 1);
    assert.equal(deck.all('.cell-output-moved').length, 0);
    assert.deepEqual(messages, []);
  });

  it('cut a cell taller than a slide between its code and its output', async () => {
    const markdown = md('## Results', '', cell(...Array.from({ length: 10 }, (_, line) => `x${line} = ${line}`)), '', 'Then.');
    const { views } = await renderLecture(markdown, { cellOutputs: { freeze: frozen(markdown, [[printed(14)]]) } });
    const deck = query(views.deckHtml);
    assert.equal(deck.all('#results .cell pre.cell-output').length, 0);
    assert.equal(deck.all('#results-cont .cell pre.cell-output').length, 1);
  });

  it('scroll in a box of their own: a code block taller than any slide stays under its lead-in, laid out to fit, warned about at its line', async () => {
    const code = md('```python', ...Array.from({ length: 30 }, (_, line) => `step_${line} = ${line}`), '```');
    const { views, messages } = await renderLecture(md('## Code', '', 'A long listing:', '', code));
    assert.deepEqual(views.slides.map((slide) => slide.id), ['code']);
    assert.ok((query(views.deckHtml).one('#code')?.properties.className as string[]).includes('slide-fit'));
    assert.deepEqual(messages.map((message) => [message.ruleId, message.line]), [['slide-overflow', 5]]);
    assert.match(messages[0]!.reason, /^Slide "Code" holds a block too tall for the 16:9 frame \(about 14\d\d px\): it scrolls on the slide$/);
  });

  it('go on a slide of their own when what comes before leaves them less than half the room', async () => {
    const code = md('```python', ...Array.from({ length: 30 }, (_, line) => `step_${line} = ${line}`), '```');
    const { views } = await renderLecture(md('## Code', '', paragraphs(7), '', code));
    const deck = query(views.deckHtml);
    assert.deepEqual(views.slides.map((slide) => slide.id), ['code', 'code-cont']);
    assert.ok((deck.one('#code-cont')?.properties.className as string[]).includes('slide-fit'));
    assert.ok(!(deck.one('#code')?.properties.className as string[]).includes('slide-fit'));
  });

  it('keep a cell whole when its output fits no slide: its code stays above the output, which scrolls', async () => {
    const markdown = md('## Log', '', 'Every epoch:', '', cell('for epoch in range(45): print(epoch)'));
    const { views } = await renderLecture(markdown, { cellOutputs: { freeze: frozen(markdown, [[printed(45)]]) } });
    const deck = query(views.deckHtml);
    assert.deepEqual(views.slides.map((slide) => slide.id), ['log']);
    assert.equal(deck.all('#log .cell > .slide-scroll > pre.cell-output').length, 1);
    assert.equal(deck.all('#log .cell > .slide-scroll').length, 1, 'the code, which fits, is no box');
  });

  it('are laid out to fit in a lecture not paginated: a too-full slide’s tallest code scrolls', async () => {
    const code = md('```python', ...Array.from({ length: 12 }, (_, line) => `step_${line} = ${line}`), '```');
    const { views, messages } = await renderLecture(md('## Crowded', '', paragraphs(6), '', code), { data: { paginate: false } });
    const deck = query(views.deckHtml);
    assert.ok((deck.one('#crowded')?.properties.className as string[]).includes('slide-fit'));
    assert.equal(deck.all('#crowded .slide-scroll pre').length, 1);
    assert.deepEqual(messages.map((message) => [message.line, message.reason.replace(/\d+/g, 'N')]), [[15, 'Slide "Crowded" holds a block too tall for the N:N frame (about N px): it scrolls on the slide']]);
  });

  it('say so when what is too tall cannot scroll, and in a lecture not paginated, how it could continue', async () => {
    const { views, messages } = await renderLecture(md('## Crowded', '', paragraphs(14)), { data: { paginate: false } });
    assert.equal(query(views.deckHtml).all('.slide-scroll').length, 0);
    assert.deepEqual(messages.map((message) => [message.line, message.ruleId]), [[1, 'slide-overflow']]);
    assert.match(String(messages[0]!.note), /paginate: true/);
  });
});
