import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { cellKeys, type Freeze } from '../../src/cells/freeze.ts';
import { lectureCodeCells } from '../../src/compile/lecture-code-cells.ts';
import { parseLecture } from '../../src/compile/parse-lecture.ts';
import type { CellOutput } from '../../src/cells/outputs.ts';
import type { LectureData } from '../../src/schemas/lecture.ts';
import { query } from '../helpers/html.ts';
import { renderLecture } from '../helpers/markdown.ts';

/** Lines joined with newlines. */
const md = (...lines: string[]) => lines.join('\n');

/** A freeze of a lecture body's Python cells, keyed as `npm run execute` keys them, one output list per cell. */
function freezeFor(markdown: string, outputs: CellOutput[][]): Freeze {
  const text = md('---', 'title: Cells', 'number: 1', '---', markdown);
  const { cells, problems } = lectureCodeCells(parseLecture({ path: 'content/lectures/01-cells.md', bytes: new TextEncoder().encode(text) }));
  assert.deepEqual(problems, []);
  return { cells: cellKeys(cells).map((key, index) => ({ key, outputs: outputs[index] ?? [] })) };
}

/** Render a lecture body with outputs frozen for its cells; its problems as `line ruleId`. */
async function renderWith(markdown: string, outputs: CellOutput[][], data?: Partial<LectureData>) {
  const rendered = await renderLecture(markdown, { cellOutputs: { freeze: freezeFor(markdown, outputs) }, ...(data && { data }) });
  return { ...rendered, problems: rendered.messages.map((message) => `${message.line} ${message.ruleId}`) };
}

const stdout = (text: string): CellOutput => ({ output_type: 'stream', name: 'stdout', text });
const stderr = (text: string): CellOutput => ({ output_type: 'stream', name: 'stderr', text });
const result = (data: Record<string, string>): CellOutput => ({ output_type: 'execute_result', execution_count: 1, data, metadata: {} });
const display = (data: Record<string, string>): CellOutput => ({ output_type: 'display_data', data, metadata: {} });

/** A figure Matplotlib drew (SVG, text as text). */
const SVG = readFileSync('tests/fixtures/execute/loss-figure.svg', 'utf8');
/** A 1×1 PNG. */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
/** pandas' HTML for a two-row DataFrame, as `DataFrame._repr_html_` writes it. */
const DATAFRAME = md(
  '<div>',
  '<style scoped>.dataframe tbody tr th { vertical-align: top; }</style>',
  '<table border="1" class="dataframe">',
  '  <thead><tr style="text-align: right;"><th></th><th>x</th><th>y</th></tr></thead>',
  '  <tbody><tr><th>0</th><td>1</td><td>2</td></tr><tr><th>1</th><td>3</td><td>5</td></tr></tbody>',
  '</table>',
  '</div>',
);

const cell = (...lines: string[]) => md('```{python}', ...lines, '```');

describe('cell outputs, one per type, under their cell', () => {
  it('prints stdout, stderr and a plain result as text blocks after the highlighted code', async () => {
    const { notesHtml, views, problems } = await renderWith(
      md('## Text', '', cell('print("mean: 2.5")'), '', cell('import sys; print("careful", file=sys.stderr)'), '', cell('2 ** 10')),
      [[stdout('mean: 2.5\n')], [stderr('careful\n')], [result({ 'text/plain': '1024' })]],
    );
    assert.deepEqual(problems, []);
    for (const html of [notesHtml, views.deckHtml]) {
      const page = query(html);
      assert.equal(page.all('.cell').length, 3);
      assert.equal(page.all('.cell pre.astro-code').length, 3, 'Shiki still highlights the code');
      assert.deepEqual(page.text('.cell pre.cell-output'), ['mean: 2.5', 'careful', '1024']);
      assert.equal(page.all('pre.cell-stderr').length, 1);
    }
  });

  it('shows a DataFrame as an accessible table, its styles and attributes dropped', async () => {
    const { notesHtml } = await renderWith(md('## Table', '', cell('data')), [[result({ 'text/html': DATAFRAME, 'text/plain': '   x  y' })]]);
    const page = query(notesHtml);
    assert.deepEqual(page.text('.cell-output-html thead th[scope=col]'), ['x', 'y']);
    assert.deepEqual(page.text('.cell-output-html tbody th[scope=row]'), ['0', '1']);
    assert.doesNotMatch(notesHtml, /<style|dataframe|text-align/, 'pandas’ CSS and classes would restyle the page');
  });

  it('inlines a Matplotlib SVG, sanitised, named by its fig-alt, with a numbered caption and a cross-reference id', async () => {
    const { notesHtml, views } = await renderWith(
      md('## Figure', '', cell('#| label: fig-loss', '#| fig-cap: The loss per epoch', '#| fig-alt: A falling curve', 'plt.plot(loss)')),
      [[display({ 'image/svg+xml': SVG, 'text/plain': '<Figure>' })]],
    );
    for (const html of [notesHtml, views.deckHtml]) {
      const page = query(html);
      const figure = page.one('figure#fig-loss.cell-output-figure');
      assert.ok(figure, 'the labelled figure');
      assert.deepEqual(page.text('figure#fig-loss figcaption'), ['Figure 1: The loss per epoch']);
      const svg = page.one('figure#fig-loss svg');
      assert.equal(svg?.properties.role, 'img');
      assert.equal(svg?.properties.ariaLabel, 'A falling curve');
      assert.ok(page.all('figure#fig-loss svg text').length > 0, 'text stays text, for the course font');
      assert.equal(page.all('figure#fig-loss svg script, figure#fig-loss svg style').length, 0);
    }
  });

  it('shows a PNG with its alt text, and a figure without a caption as a plain output', async () => {
    const { notesHtml } = await renderWith(md('## Image', '', cell('#| fig-alt: One white pixel', 'Image(data)')), [[display({ 'image/png': PNG })]]);
    const image = query(notesHtml).one('.cell-output-image img');
    assert.equal(image?.properties.alt, 'One white pixel');
    assert.match(String(image?.properties.src), /^data:image\/png;base64,iVBOR/);
    assert.equal(query(notesHtml).all('figure').length, 0);
  });

  it('runs Markdown and LaTeX results through the pipeline: maths by KaTeX', async () => {
    const { notesHtml, problems } = await renderWith(
      md('## Rich', '', cell('display(Markdown("**Bold** and $x^2$"))', 'Latex(r"$$\\frac{a}{b}$$")')),
      [[display({ 'text/markdown': '**Bold** and $x^2$' }), result({ 'text/latex': '$$\\frac{a}{b}$$', 'text/plain': 'Latex' })]],
    );
    assert.deepEqual(problems, []);
    const page = query(notesHtml);
    assert.deepEqual(page.text('.cell-output-markdown strong'), ['Bold']);
    assert.equal(page.all('.cell-output-markdown .katex').length, 1);
    assert.equal(page.all('.cell-output-latex .katex-display').length, 1);
    assert.match(notesHtml, /<annotation encoding="application\/x-tex">\\frac\{a\}\{b\}<\/annotation>/);
  });

  it('sanitises HTML results: no script, no event handler', async () => {
    const { notesHtml } = await renderWith(md('## HTML', '', cell('HTML(s)')), [
      [result({ 'text/html': '<p onclick="alert(1)">Safe <b>HTML</b><script>alert(2)</script></p>' })],
    ]);
    assert.deepEqual(query(notesHtml).text('.cell-output-html p'), ['Safe HTML']);
    const output = query(notesHtml).one('.cell-output-html p');
    assert.equal(output?.properties.onClick, undefined);
    assert.doesNotMatch(notesHtml, /<script|alert/);
  });

  it('shows an exception as its traceback with error: true', async () => {
    const error: CellOutput = { output_type: 'error', ename: 'ZeroDivisionError', evalue: 'division by zero', traceback: ['ZeroDivisionError: division by zero'] };
    const { notesHtml, problems } = await renderWith(md('## Error', '', cell('#| error: true', '1 / 0')), [[error]]);
    assert.deepEqual(problems, []);
    assert.deepEqual(query(notesHtml).text('pre.cell-error'), ['ZeroDivisionError: division by zero']);
  });

  it('shows an error output without error: true (a notebook saved with one) with a warning at the cell', async () => {
    const error: CellOutput = { output_type: 'error', ename: 'KeyError', evalue: "'x'", traceback: ["KeyError: 'x'"] };
    const markdown = md('## Error', '', cell('d["x"]'));
    const { messages, notesHtml } = await renderLecture(markdown, { cellOutputs: { stored: [[error]] } });
    assert.deepEqual(messages.map((message) => `${message.line} ${message.ruleId} ${message.fatal}`), ['3 cell-error false']);
    assert.deepEqual(query(notesHtml).text('pre.cell-error'), ["KeyError: 'x'"]);
  });
});

describe('cell options', () => {
  const printed = [[stdout('out\n')]];

  it('echo: false shows only the output; eval: false only the code, with no warning', async () => {
    const hidden = await renderWith(md('## A', '', cell('#| echo: false', 'print("out")')), printed);
    assert.equal(query(hidden.notesHtml).all('.cell pre.astro-code').length, 0);
    assert.deepEqual(query(hidden.notesHtml).text('.cell pre.cell-output'), ['out']);
    const shown = await renderWith(md('## A', '', cell('#| eval: false', 'import missing')), []);
    assert.deepEqual(shown.problems, []);
    assert.equal(query(shown.notesHtml).all('.cell pre.astro-code').length, 1);
    assert.equal(query(shown.notesHtml).all('.cell-output').length, 0);
  });

  it('output: false hides the outputs; include: false hides the whole cell', async () => {
    const quiet = await renderWith(md('## A', '', cell('#| output: false', 'print("out")')), printed);
    assert.equal(query(quiet.notesHtml).all('.cell-output').length, 0);
    assert.equal(query(quiet.notesHtml).all('.cell pre.astro-code').length, 1);
    const gone = await renderWith(md('## A', '', 'Before.', '', cell('#| include: false', 'print("out")'), '', 'After.'), printed);
    assert.equal(query(gone.notesHtml).all('.cell').length, 0);
    assert.doesNotMatch(gone.notesHtml, /out/);
  });

  it('code-fold folds the code under its summary (open with show)', async () => {
    const folded = await renderWith(md('## A', '', cell('#| code-fold: true', '#| code-summary: The code', 'print("out")')), printed);
    const details = query(folded.views.deckHtml).one('details.cell-code-fold');
    assert.ok(details && details.properties.open === undefined);
    assert.deepEqual(query(folded.views.deckHtml).text('details.cell-code-fold > summary'), ['The code']);
    assert.equal(query(folded.views.deckHtml).all('details.cell-code-fold pre.astro-code').length, 1);
    const open = await renderWith(md('## A', '', cell('#| code-fold: show', 'print("out")')), printed);
    assert.equal(query(open.notesHtml).one('details.cell-code-fold')?.properties.open, true);
    assert.deepEqual(query(open.notesHtml).text('details.cell-code-fold > summary'), ['Code']);
  });

  it('code-line-numbers numbers the code or steps through its lines, as fence meta does', async () => {
    const stepped = await renderWith(md('## A', '', cell('#| code-line-numbers: "1|2"', 'a = 1', 'print(a)')), printed);
    assert.deepEqual(stepped.problems, []);
    assert.ok(query(stepped.views.deckHtml).one('pre.code-steps'));
    const numbered = await renderWith(md('## A', '', cell('#| code-line-numbers: true', 'print(1)')), printed);
    assert.ok(query(numbered.notesHtml).one('pre.line-numbers'));
  });

  it('warning: false hides stderr; output: asis reads printed text as Markdown', async () => {
    const warned = await renderWith(md('## A', '', cell('#| warning: false', 'noisy()')), [[stderr('UserWarning: noisy\n'), stdout('quiet\n')]]);
    assert.deepEqual(query(warned.notesHtml).text('pre.cell-output'), ['quiet']);
    const asis = await renderWith(md('## A', '', cell('#| output: asis', 'print("- **one**")')), [[stdout('- **one**\n- $y$\n')]]);
    assert.deepEqual(query(asis.notesHtml).text('.cell-output-markdown li strong'), ['one']);
    assert.equal(query(asis.notesHtml).all('.cell-output-markdown .katex').length, 1);
  });

  it('takes defaults for every cell from the frontmatter’s execute block', async () => {
    const markdown = md('## A', '', cell('print("out")'));
    const freeze = freezeFor(markdown, printed);
    // Defaults are part of the cells' options, so outputs frozen without them do not match.
    const { notesHtml, messages } = await renderLecture(markdown, { cellOutputs: { freeze }, data: { execute: { echo: false } } });
    assert.deepEqual(messages.map((message) => message.ruleId), ['cell-stale']);
    assert.equal(query(notesHtml).all('.cell pre.astro-code').length, 0);
  });

  it('lets @fig-x refer to a labelled cell figure', async () => {
    const markdown = md('## Figure', '', cell('#| label: fig-loss', '#| fig-cap: The loss', 'plot()'), '', 'As @fig-loss shows.');
    const { notesHtml, problems } = await renderWith(markdown, [[display({ 'image/svg+xml': SVG })]]);
    assert.deepEqual(problems, []);
    const reference = query(notesHtml).one('a.crossref');
    assert.equal(reference?.properties.href, '#fig-loss');
    assert.deepEqual(query(notesHtml).text('a.crossref'), ['Figure 1']);
  });

  it('numbers labelled figures in order; a label used twice is an error', async () => {
    const figure = (label: string) => cell(`#| label: ${label}`, `#| fig-cap: ${label}`, 'plot()');
    const svg = [display({ 'image/svg+xml': SVG })];
    const { notesHtml, problems } = await renderWith(md('## A', '', figure('fig-a'), '', figure('fig-b'), '', figure('fig-a')), [svg, svg, svg]);
    assert.deepEqual(query(notesHtml).text('figure figcaption strong'), ['Figure 1:', 'Figure 2:']);
    assert.deepEqual(problems, ['15 crossref-duplicate-label']);
  });
});

describe('cells without outputs, other languages and broken options', () => {
  const lecture = md('## A', '', cell('x = 1'), '', cell('print(x)'), '', cell('print(x + 1)'));

  it('warns once, at the first cell, when cells have not been run', async () => {
    const { messages, notesHtml } = await renderLecture(lecture);
    assert.deepEqual(messages.map((message) => `${message.line} ${message.ruleId}`), ['3 cell-not-run']);
    assert.match(messages[0]!.reason, /nor do 2 later cells/);
    assert.match(String(messages[0]!.note), /npm run execute/);
    assert.equal(query(notesHtml).all('.cell pre.astro-code').length, 3, 'the code is still shown');
  });

  it('never shows outputs frozen for older code: a located warning at the edited cell', async () => {
    const freeze = freezeFor(lecture, [[], [stdout('1\n')], [stdout('2\n')]]);
    const edited = lecture.replace('print(x)', 'print(x * 10)');
    const { messages, notesHtml } = await renderLecture(edited, { cellOutputs: { freeze } });
    assert.deepEqual(messages.map((message) => `${message.line} ${message.ruleId}`), ['7 cell-stale']);
    assert.match(messages[0]!.reason, /changed since its outputs were frozen.*nor do 1 later cell\)/);
    assert.equal(query(notesHtml).all('.cell-output').length, 0, 'the third cell’s output depends on the edit');
  });

  it('shows {r}, {julia} and {ojs} cells as code, one warning each', async () => {
    const { messages, notesHtml } = await renderLecture(
      md('## A', '', '```{r}', 'summary(cars)', '```', '', '```{julia}', 'x = 1', '```', '', '```{ojs}', 'viewof x = 1', '```'),
    );
    assert.deepEqual(messages.map((message) => `${message.line} ${message.ruleId} ${message.fatal}`), ['3 cell-language false', '7 cell-language false', '11 cell-language false']);
    // Shiki has no grammar for Observable JS: plain text.
    assert.deepEqual(query(notesHtml).all('pre.astro-code').map((pre) => pre.properties.dataLanguage), ['r', 'julia', 'plaintext']);
  });

  it('locates an option of the wrong type at its line', async () => {
    const { messages } = await renderLecture(md('## A', '', '```{python}', '#| echo: false', '#| eval: maybe', 'x = 1', '```'));
    assert.deepEqual(messages.map((message) => `${message.line} ${message.ruleId}`), ['5 cell-options', '3 cell-not-run']);
    assert.match(messages[0]!.reason, /`eval`/);
  });

  it('requires alt text (or a caption) for a figure a cell draws', async () => {
    const { problems } = await renderWith(md('## A', '', cell('plt.plot(x)')), [[display({ 'image/svg+xml': SVG })]]);
    assert.deepEqual(problems, ['3 image-alt']);
  });
});

describe('outputs too tall for their slide, in a lecture not paginated', () => {
  const long = Array.from({ length: 40 }, (_, step) => `step ${step}\n`).join('');

  it('go to the notes, leaving a link on the slide; short ones stay', async () => {
    const { views, notesHtml, problems } = await renderWith(
      md('## Short', '', cell('print(1)'), '', '## Long', '', cell('for step in range(40): print("step", step)')),
      [[stdout('1\n')], [stdout(long)]],
      { paginate: false },
    );
    assert.deepEqual(problems, [], 'the slide fits once its output moved');
    const deck = query(views.deckHtml);
    assert.deepEqual(deck.text('section#short pre.cell-output'), ['1']);
    assert.equal(deck.all('section#long pre.cell-output').length, 0);
    assert.equal(deck.one('section#long .cell-output-moved a')?.properties.href, '../../notes/lecture/#long');
    const notes = query(notesHtml);
    assert.equal(notes.text('pre.cell-output').length, 2);
    assert.equal(notes.all('.cell-output-moved').length, 0);
  });

  it('count in the overflow check: a slide too full without them still warns', async () => {
    const text = Array.from({ length: 14 }, (_, index) => `Paragraph ${index}.`).join('\n\n');
    const { problems, views } = await renderWith(md('## Crowded', '', text, '', cell('print(1)')), [[stdout('1\n2\n3\n4\n')]], { paginate: false });
    assert.deepEqual(problems, ['1 slide-overflow']);
    assert.equal(query(views.deckHtml).all('pre.cell-output').length, 0, 'its output moved to the notes all the same');
  });
});
