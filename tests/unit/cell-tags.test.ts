import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { cellKeys, type Freeze } from '../../src/cells/freeze.ts';
import type { CellOutput } from '../../src/cells/outputs.ts';
import { lectureCodeCells } from '../../src/compile/lecture-code-cells.ts';
import { parseLecture } from '../../src/compile/parse-lecture.ts';
import type { CellOutputsData } from '../../src/markdown/remark-executed-cells.ts';
import type { LectureData } from '../../src/schemas/lecture.ts';
import { query } from '../helpers/html.ts';
import { renderLecture } from '../helpers/markdown.ts';

const md = (...lines: string[]) => lines.join('\n');
const cell = (...lines: string[]) => md('```{python}', ...lines, '```');
const stdout = (text: string): CellOutput => ({ output_type: 'stream', name: 'stdout', text });
const stderr = (text: string): CellOutput => ({ output_type: 'stream', name: 'stderr', text });
const error = (ename: string, evalue: string): CellOutput => ({ output_type: 'error', ename, evalue, traceback: [`${ename}: ${evalue}`] });
const SVG = readFileSync('tests/fixtures/execute/loss-figure.svg', 'utf8');
const figure: CellOutput = { output_type: 'display_data', data: { 'image/svg+xml': SVG }, metadata: {} };

/** A freeze of a lecture body's cells, keyed as `npm run execute` keys them (tags, settings and `frontmatter` lines count). */
function freezeFor(markdown: string, outputs: CellOutput[][], frontmatter: string[] = []): Freeze {
  const text = md('---', 'title: Cells', 'number: 1', ...frontmatter, '---', markdown);
  const { cells, problems } = lectureCodeCells(parseLecture({ path: 'content/lectures/01-cells.md', bytes: new TextEncoder().encode(text) }));
  assert.deepEqual(problems, []);
  return { cells: cellKeys(cells).map((key, index) => ({ key, outputs: outputs[index] ?? [] })) };
}

/** Render a lecture body with outputs frozen for its cells; its problems as `line ruleId`, its two views as queries. */
async function render(markdown: string, outputs: CellOutput[][], options: { data?: Partial<LectureData>; cellOutputs?: CellOutputsData } = {}) {
  const rendered = await renderLecture(markdown, { cellOutputs: options.cellOutputs ?? { freeze: freezeFor(markdown, outputs) }, ...(options.data && { data: options.data }) });
  return {
    ...rendered,
    problems: rendered.messages.map((message) => `${message.line} ${message.ruleId}`),
    notes: query(rendered.notesHtml),
    deck: query(rendered.views.deckHtml),
  };
}

describe('Jupyter cell tags, as the options they stand for', () => {
  const printed = [[stdout('out\n')]];

  it('remove-input, remove-output and remove-cell remove the code, the outputs, the cell', async () => {
    const input = await render(md('## A', '', cell('#| tags: [remove-input]', 'print("out")')), printed);
    assert.equal(input.notes.all('.cell pre.astro-code').length, 0);
    assert.deepEqual(input.notes.text('.cell pre.cell-output'), ['out']);
    const output = await render(md('## A', '', cell('#| tags: [remove-output]', 'print("out")')), printed);
    assert.equal(output.notes.all('.cell pre.astro-code').length, 1);
    assert.equal(output.notes.all('.cell-output').length, 0);
    const gone = await render(md('## A', '', cell('#| tags: [remove-cell]', 'print("out")')), printed);
    assert.equal(gone.notes.all('.cell').length, 0);
    assert.deepEqual([input.problems, output.problems, gone.problems], [[], [], []]);
  });

  it('skip-execution shows the code, not run, with no warning; remove-stderr hides stderr', async () => {
    const skipped = await render(md('## A', '', cell('#| tags: [skip-execution]', 'import missing')), []);
    assert.deepEqual(skipped.problems, []);
    assert.equal(skipped.notes.all('.cell pre.astro-code').length, 1);
    const quiet = await render(md('## A', '', cell('#| tags: [remove-stderr]', 'warn()')), [[stderr('noisy\n'), stdout('kept\n')]]);
    assert.deepEqual(quiet.notes.text('pre.cell-output'), ['kept']);
  });

  it('raises-exception shows the error as the output, with no warning', async () => {
    const raised = await render(md('## A', '', cell('#| tags: [raises-exception]', 'd["band gap"]')), [[error('KeyError', "'band gap'")]]);
    assert.deepEqual(raised.problems, []);
    assert.deepEqual(raised.notes.text('pre.cell-error'), ["KeyError: 'band gap'"]);
  });

  it('rank under the cell’s own #| options', async () => {
    const shown = await render(md('## A', '', cell('#| tags: [remove-input]', '#| echo: true', 'print("out")')), printed);
    assert.equal(shown.notes.all('.cell pre.astro-code').length, 1);
  });

  it('hide-input and hide-output fold code or outputs in the notes and leave them off the slides; hide-cell both', async () => {
    const input = await render(md('## A', '', cell('#| tags: [hide-input]', 'print("out")')), printed);
    assert.deepEqual(input.notes.text('details.cell-code-fold > summary'), ['Code']);
    assert.equal(input.notes.one('details.cell-code-fold')?.properties.open, undefined, 'closed in the notes');
    assert.equal(input.deck.all('details, pre.astro-code').length, 0, 'no code on the slide');
    assert.deepEqual(input.deck.text('.cell pre.cell-output'), ['out']);

    const output = await render(md('## A', '', cell('#| tags: [hide-output]', 'print("out")')), printed);
    assert.deepEqual(output.notes.text('details.cell-output-fold > summary'), ['Output']);
    assert.deepEqual(output.notes.text('details.cell-output-fold pre.cell-output'), ['out']);
    assert.equal(output.deck.all('.cell-output, details').length, 0, 'no output on the slide');
    assert.equal(output.deck.all('.cell pre.astro-code').length, 1);

    const both = await render(md('## A', '', cell('#| tags: [hide-cell]', 'print("out")')), printed);
    assert.equal(both.notes.all('details.cell-code-fold, details.cell-output-fold').length, 2);
    assert.equal(both.deck.all('pre').length, 0);
    assert.deepEqual([input.problems, output.problems, both.problems], [[], [], []]);
  });

  it('an unknown tag is a warning at its line, naming the tag it is near', async () => {
    const { problems, messages } = await render(md('## A', '', cell('#| echo: true', '#| tags: [hide-inputs, parameters]', 'x = 1')), [[]]);
    assert.deepEqual(problems, ['5 cell-tag', '5 cell-tag']);
    assert.match(messages[0]!.reason, /`hide-inputs` is not one this site reads \(did you mean hide-input\?\)/);
    assert.match(String(messages[1]!.note), /use one of raises-exception, skip-execution, remove-input/);
  });

  it('tags that are not a list are an option error at their line', async () => {
    const { problems } = await render(md('## A', '', cell('#| tags: hide-input', 'x = 1')), [[]], { cellOutputs: {} });
    assert.deepEqual(problems, ['4 cell-options', '3 cell-not-run']);
  });
});

describe('Jupyter Book’s mystnb settings and the lecture’s default alt text', () => {
  it('mystnb image.alt and figure.caption give the figure its alt text and caption; what is not read is a warning', async () => {
    const { notes, problems, messages } = await render(
      md('## A', '', cell('#| mystnb:', '#|   image:', '#|     alt: The loss falls, then levels off', '#|     width: 300px', '#|   figure:', '#|     caption: Loss per step', 'plot()')),
      [[figure]],
    );
    assert.equal(notes.one('.cell-output-svg svg')?.properties.ariaLabel, 'The loss falls, then levels off');
    assert.deepEqual(notes.text('figure figcaption'), ['Loss per step']);
    assert.deepEqual(problems, ['4 cell-tag']);
    assert.match(messages[0]!.reason, /`mystnb\.image\.width` is not read here/);
  });

  it('a lecture-wide fig-alt (frontmatter execute:) is the alt text of a figure without its own', async () => {
    const body = md('## A', '', cell('plot()'), '', cell('#| fig-alt: Its own', 'plot()'));
    const freeze = freezeFor(body, [[figure], [figure]], ['execute:', '  fig-alt: A plot the code draws']);
    const { notes, problems } = await render(body, [], { data: { execute: { 'fig-alt': 'A plot the code draws' } }, cellOutputs: { freeze } });
    assert.deepEqual(problems, []);
    assert.deepEqual(notes.all('.cell-output-svg svg').map((svg) => svg.properties.ariaLabel), ['A plot the code draws', 'Its own']);
  });
});

describe('outputs a lecture’s cells lack or hold', () => {
  const lecture = md('## A', '', cell('x = 1'), '', cell('y = x / zero'), '', cell('print(y)'), '', cell('print(2 * y)'));

  it('a cell that raised is a warning saying the cells after it were not run; they show their code, and no other warning', async () => {
    const freeze = freezeFor(lecture, [[], [error('NameError', "name 'zero' is not defined")]]);
    const { problems, messages, notes } = await render(lecture, [], { cellOutputs: { freeze: { cells: freeze.cells.slice(0, 2) } } });
    assert.deepEqual(problems, ['7 cell-error']);
    assert.equal(messages[0]!.fatal, false);
    assert.match(messages[0]!.reason, /raised NameError: .*\(shown as its output\); the 2 cells after it show no outputs: they were not run$/);
    assert.deepEqual(notes.text('pre.cell-error'), ["NameError: name 'zero' is not defined"]);
    assert.equal(notes.all('.cell pre.astro-code').length, 4);
  });

  it('stored outputs only (a notebook under notebooks: off): a cell saved without outputs shows its code, with no warning; the freeze is not read', async () => {
    const freeze = freezeFor(lecture, [[stdout('frozen\n')], [], [], []]);
    const { problems, notes } = await render(lecture, [], { cellOutputs: { freeze, stored: [[stdout('saved\n')], [], undefined, undefined], storedOnly: true } });
    assert.deepEqual(problems, []);
    assert.deepEqual(notes.text('pre.cell-output'), ['saved']);
    assert.equal(notes.all('.cell pre.astro-code').length, 4);
  });
});
