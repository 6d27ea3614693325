import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { buildCourse, copyCourse, type BuildRun } from '../helpers/build-run.ts';
import { contentFromCase } from '../helpers/check-run.ts';
import { query } from '../helpers/html.ts';
import { withoutPython } from '../helpers/no-python.ts';

const FIXTURE = 'tests/fixtures/executed';
const BAD = 'tests/fixtures/bad';
const FREEZE = join(FIXTURE, '_freeze', '01-outputs.json');

/** The fixture course built on a machine without Python: every output comes from the freeze or the notebook. */
describe('a course with executed code, built without Python', () => {
  let build: BuildRun;
  let contentDir: string;
  const built = (path: string) => query(readFileSync(join(build.outDir, path, 'index.html'), 'utf8'));
  const deck = () => built('slides/01-outputs');
  const notes = () => built('notes/01-outputs');

  before(() => {
    contentDir = copyCourse(FIXTURE);
    build = buildCourse(contentDir, [], undefined, withoutPython());
  });

  it('builds, warning once about the {r} cell it does not run, and leaves the freeze as it was', () => {
    assert.equal(build.status, 0, build.output);
    const warnings = build.output.split('\n').filter((line) => /\[cell-[a-z-]+\]$/.test(line));
    assert.equal(warnings.length, 1, build.output);
    assert.match(warnings[0]!, /01-outputs\.md:\d+:1 warning This \{r\} cell is shown as code but not run/);
    assert.equal(readFileSync(join(contentDir, '_freeze/01-outputs.json'), 'utf8'), readFileSync(FREEZE, 'utf8'));
  });

  it('prints stdout under the code, on the slide and in the notes', () => {
    assert.deepEqual(deck().text('section#printed-text pre.cell-stdout'), ['mean: 2.5']);
    assert.ok(notes().text('pre.cell-stdout').includes('mean: 2.5'));
  });

  it('shows a plain result and stderr, and hides stderr with warning: false', () => {
    const page = deck();
    assert.ok(page.text('pre.cell-output-text').includes('1024'));
    assert.deepEqual(page.text('pre.cell-stderr'), ['shown on stderr']);
    assert.ok(page.text('pre.cell-stdout').includes('the warning above is hidden'));
    assert.ok(page.text('pre.cell-output').every((text) => !text.includes('never shown')));
  });

  it('shows a DataFrame as a table with header scopes', () => {
    const page = notes();
    assert.deepEqual(page.text('.cell-output-html thead th[scope=col]'), ['material', 'band_gap_eV', 'density_g_cm3']);
    assert.deepEqual(page.text('.cell-output-html tbody th[scope=row]'), ['0', '1', '2', '3']);
    assert.deepEqual(page.text('.cell-output-html tbody td').slice(0, 3), ['Si', '1.12', '2.33']);
  });

  it('inlines the Matplotlib figure as SVG with its text, alt text and numbered caption', () => {
    for (const page of [deck(), notes()]) {
      const svg = page.one('figure#fig-line svg');
      assert.equal(svg?.properties.ariaLabel, 'Four points, band gap rising with density from Si to ZnO');
      assert.ok(page.text('figure#fig-line svg text').includes('band gap (eV)'));
      assert.deepEqual(page.text('figure#fig-line figcaption'), ['Figure 1: Band gap against density']);
    }
    assert.deepEqual(notes().text('a.crossref[href="#fig-line"]'), ['Figure 1'], '@fig-line refers to it');
  });

  it('shows the PNG image with its alt text', () => {
    const image = notes().one('.cell-output-image img');
    assert.equal(image?.properties.alt, 'A four by four checkerboard');
    assert.match(String(image?.properties.src), /^data:image\/png;base64,/);
  });

  it('renders Markdown and LaTeX results with the lecture’s own pipeline and KaTeX', () => {
    const page = deck();
    const slide = 'section#markdown-and-latex-results';
    assert.deepEqual(page.text(`${slide} .cell-output-markdown strong`), ['2.50']);
    assert.equal(page.all(`${slide} .cell-output-markdown .katex`).length, 1);
    assert.equal(page.all(`${slide} .cell-output-latex .katex-display`).length, 1);
  });

  it('keeps safe HTML and drops scripts and handlers', () => {
    const page = notes();
    assert.deepEqual(page.text('.cell-output-html p'), ['Safe HTML']);
    assert.equal(page.all('.cell-output script, .cell-output [onclick]').length, 0);
  });

  it('shows the traceback of the cell with error: true', () => {
    assert.match(notes().text('pre.cell-error')[0] ?? '', /ZeroDivisionError: division by zero$/);
  });

  it('applies echo, eval, output, include, code-fold and output: asis', () => {
    const page = deck();
    assert.equal(page.all('section#output-only pre.astro-code').length, 0);
    assert.deepEqual(page.text('section#output-only pre.cell-stdout'), ['no code above this line']);
    assert.ok(page.text('pre.astro-code').some((code) => code.includes('import this_module_does_not_exist')));
    const outputs = page.text('pre.cell-output');
    assert.ok(!outputs.includes('run, but not shown'), 'output: false');
    assert.ok(outputs.includes('set by a cell that is not shown'), 'include: false ran its cell');
    assert.ok(page.text('pre.astro-code').every((code) => !code.includes('hidden = ')), 'include: false hides the code too');
    assert.deepEqual(page.text('details.cell-code-fold > summary'), ['Show the code', 'Code']);
    assert.deepEqual(page.text('.cell-output-markdown li').slice(0, 1), ['a list item printed by Python']);
  });

  it('keeps an output too long for any slide on its slide, in a box that scrolls (README: Deck options), and in the notes', () => {
    assert.equal(deck().all('section#too-long-for-a-slide .slide-scroll pre.cell-stdout').length, 1);
    assert.equal(deck().all('.cell-output-moved').length, 0);
    assert.ok(notes().text('pre.cell-stdout').some((text) => text.startsWith('step  0: loss 1.0000')));
  });

  it('builds the notebook lecture from the outputs saved in it, and offers the notebook', () => {
    const page = built('notes/02-notebook');
    assert.deepEqual(page.text('pre.cell-stdout'), ['slope 2.0, intercept 1.0']);
    assert.equal(page.all('.cell-output-svg svg').length, 1);
    assert.equal(page.one('.notebook-links a[download]')?.properties.href, '/notebooks/02-notebook.ipynb');
    assert.match(String(page.one('.notebook-links a[href*="colab"]')?.properties.href), /github\/example\/executed-course\/blob\/main\/.*02-notebook\.ipynb$/);
    assert.equal(
      readFileSync(join(build.outDir, 'notebooks/02-notebook.ipynb'), 'utf8'),
      readFileSync(join(FIXTURE, 'lectures/02-notebook.ipynb'), 'utf8'),
    );
  });
});

describe('the lecture loader and frozen outputs', () => {
  it('compiles a lecture again when its frozen outputs change, and only that lecture', () => {
    const contentDir = copyCourse(FIXTURE);
    const first = buildCourse(contentDir);
    assert.equal(first.status, 0, first.output);
    const freeze = join(contentDir, '_freeze/01-outputs.json');
    writeFileSync(freeze, readFileSync(freeze, 'utf8').replace('"mean: 2.5\\n"', '"mean: 2.5 (as frozen)\\n"'));
    const again = buildCourse(contentDir);
    assert.equal(again.status, 0, again.output);
    assert.match(again.output, /compiled 1 of 2 lectures/);
    assert.ok(query(readFileSync(join(again.outDir, 'notes/01-outputs/index.html'), 'utf8')).text('pre.cell-stdout').includes('mean: 2.5 (as frozen)'));
  });
});

/** A build with --execute whose cells cannot run (or raise, with --strict): one located problem, nothing built. */
describe('npm run build -- --execute with a cell that cannot run', () => {
  const cases = [
    { name: 'no Python', dir: 'kernel-missing', args: [], env: withoutPython(), location: '01-case.md:9:1 error Python could not be run', rule: 'kernel-start' },
    { name: 'a cell that raises, with --strict', dir: 'cell-raises', args: ['--strict'], env: {}, location: '01-case.md:10:1 warning The cell raised NameError', rule: 'cell-error' },
  ];
  for (const bad of cases) {
    it(`${bad.name}: stops before Astro, naming the file:line`, () => {
      const contentDir = contentFromCase(join(BAD, 'cases', bad.dir), join(BAD, 'course.yaml'));
      const run = buildCourse(contentDir, ['--execute', ...bad.args], undefined, bad.env);
      assert.notEqual(run.status, 0, run.output);
      assert.ok(run.output.includes(bad.location), run.output);
      assert.match(run.output, new RegExp(`\\[${bad.rule}\\]`));
      assert.match(run.output, /build failed: a code cell could not run/);
      assert.equal(existsSync(join(run.outDir, 'index.html')), false, 'no page written');
    });
  }

  it('a cell that raises, without --strict: builds with a warning, its error frozen and shown as its output', () => {
    const contentDir = contentFromCase(join(BAD, 'cases', 'cell-raises'), join(BAD, 'course.yaml'));
    const run = buildCourse(contentDir, ['--execute']);
    assert.equal(run.status, 0, run.output);
    assert.ok(run.output.includes('01-case.md:10:1 warning The cell raised NameError'), run.output);
    assert.match(run.output, /01-case\.md:8:1 warning The cell raised NameError: name 'undefined_name' is not defined \(shown as its output\).*\[cell-error\]/);
    assert.match(readFileSync(join(contentDir, '_freeze/01-case.json'), 'utf8'), /"ename": "NameError"/);
    const notes = query(readFileSync(join(run.outDir, 'notes/01-case/index.html'), 'utf8'));
    assert.match(notes.text('pre.cell-error')[0] ?? '', /NameError: name 'undefined_name' is not defined$/);
  });
});
