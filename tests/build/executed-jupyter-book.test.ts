import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { importCourse } from '../../src/import/index.ts';
import { buildCourse } from '../helpers/build-run.ts';
import { runCli } from '../helpers/cli.ts';
import { query } from '../helpers/html.ts';
import { scratchFolder } from '../helpers/scratch.ts';

const BOOK = 'tests/fixtures/jupyter-book';

/** The 1-based line of a fixture notebook (copied byte for byte by the import) that holds `text`. */
const lineOf = (file: string, text: string) => readFileSync(join(BOOK, file), 'utf8').split('\n').findIndex((line) => line.includes(text)) + 1;

/** The problems of a run's output, as `lecture:line severity rule`. */
const problems = (output: string) =>
  [...output.matchAll(/lectures\/(\d\d)-[a-z-]+\.ipynb:(\d+):\d+ (error|warning) .*\[(cell-[a-z-]+)\]$/gm)].map(([, lecture, line, severity, rule]) => `${lecture}:${line} ${severity} ${rule}`);

/**
 * The fixture Jupyter Book, imported as a lecturer would, run as its notebooks are written: exercise
 * cells with a deliberate bug, `!pip install` and `%matplotlib inline` lines, cell tags, alt text in
 * Jupyter Book's `mystnb` metadata, and `execute_notebooks: off` in its _config.yml.
 */
describe('an imported Jupyter Book’s notebooks, run as they are written', () => {
  let contentDir: string;

  before(async () => {
    contentDir = join(scratchFolder('jupyter-book'), 'course');
    const imported = await importCourse({ from: BOOK, out: contentDir });
    assert.ok(imported.files.includes('course.yaml'));
  });

  it('as imported (execute_notebooks: off): runs no notebook, and checks with no warning about cells not run', () => {
    const run = runCli(['execute', '--content', contentDir, '--strict']);
    assert.equal(run.status, 0, run.output);
    assert.equal(run.stdout.match(/a notebook, not run: course\.yaml says execute: \{ notebooks: off \}/g)?.length, 3, run.output);
    assert.equal(existsSync(join(contentDir, '_freeze')), false);
    const check = runCli(['check', '--content', contentDir]);
    assert.equal(check.status, 0, check.output);
    assert.deepEqual(problems(check.output), []);
  });

  it('with the book’s notebooks run (auto): freezes what ran, warns of the deliberate error and the skipped lines, exits 0', () => {
    const coursePath = join(contentDir, 'course.yaml');
    writeFileSync(coursePath, readFileSync(coursePath, 'utf8').replace(/^execute:\n {2}notebooks: off\n/m, ''));
    const run = runCli(['execute', '--content', contentDir]);
    assert.equal(run.status, 0, run.output);
    assert.deepEqual(problems(run.output), [
      `01:${lineOf('week1.ipynb', '!pip install numpy')} warning cell-magic`,
      `01:${lineOf('week1.ipynb', '%matplotlib inline')} warning cell-magic`,
      `02:${lineOf('week2.ipynb', '.maen()')} warning cell-error`,
    ]);
    assert.match(run.output, /AttributeError: 'Series' object has no attribute 'maen' at line 1 of the cell: the error is frozen as its output; the cell after it was not run/);
    assert.match(run.output, /----> 1 mean_gap = df\["gap \(eV\)"\]\.maen\(\)/, 'with the traceback');
    assert.match(run.stdout, /03-fitting-a-line — 2 cell\(s\), all frozen, nothing to run/, 'outputs saved in the notebook count as known');
    const frozen = JSON.parse(readFileSync(join(contentDir, '_freeze/02-tables-of-materials.json'), 'utf8')) as { cells: { outputs: { ename?: string }[] }[] };
    assert.deepEqual(frozen.cells.map((cell) => cell.outputs.find((output) => output.ename)?.ename), [undefined, undefined, 'KeyError', 'AttributeError'],
      'the cells up to the failing one, the raises-exception one with its error; not the cell after');
  });

  it('fails with --strict: check --execute --strict and execute --strict exit non-zero', () => {
    const check = runCli(['check', '--content', contentDir, '--execute', '--strict']);
    assert.notEqual(check.status, 0, check.output);
    assert.deepEqual(problems(check.output), [`02:${lineOf('week2.ipynb', '.maen()')} warning cell-error`], 'the frozen lectures do not run again');
    assert.match(check.output, /--strict: warnings fail the run/);
  });

  it('builds: the notes show the frozen outputs and the error output, the cell after it its code only', () => {
    const build = buildCourse(contentDir);
    assert.equal(build.status, 0, build.output);
    const page = (path: string) => query(readFileSync(join(build.outDir, path, 'index.html'), 'utf8'));
    const tables = page('notes/02-tables-of-materials');
    assert.deepEqual(tables.text('.cell-output-html tbody td'), ['NaCl', '8.5', 'MgO', '7.8']);
    assert.ok(tables.text('pre.cell-stdout').includes('8.15'));
    const errors = tables.text('pre.cell-error');
    assert.equal(errors.length, 2);
    assert.match(errors[0]!, /KeyError: 'band gap'$/);
    assert.match(errors[1]!, /AttributeError: 'Series' object has no attribute 'maen'$/);
    assert.ok(tables.text('pre.astro-code').some((code) => code.includes('print(f"mean gap')), 'the cell not run shows its code');
    // Five cells; the one that raised fits no slide whole with its traceback, so its slide cuts it between code and output.
    assert.equal(tables.all('.cell').length, 6);

    const atoms = page('notes/01-atoms-and-data');
    assert.ok(atoms.text('pre.cell-stdout').includes('2 atoms per cell'));
    assert.equal(atoms.one('.cell-output-svg svg')?.properties.ariaLabel,
      'The four by four identity matrix: a bright diagonal on a dark square', 'alt text from the cell’s mystnb metadata');
    assert.ok(atoms.text('pre.astro-code').some((code) => code.includes('!pip install numpy --quiet')), 'skipped lines stay in the shown code');
    assert.equal(page('slides/01-atoms-and-data').all('details.cell-code-fold').length, 0, 'hide-input: no code on the slide');
  });
});
