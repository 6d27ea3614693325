import assert from 'node:assert/strict';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildCourse, copyCourse } from '../helpers/build-run.ts';

const notes = (outDir: string, id: string) => readFileSync(join(outDir, 'notes', id, 'index.html'), 'utf8');
const compiledCount = (output: string) => /compiled (\d+) of (\d+) lectures/.exec(output)?.slice(1).map(Number);

describe('the lecture loader, through real Astro builds of a small course', () => {
  const contentDir = copyCourse('tests/fixtures/good');
  const lecture = join(contentDir, 'lectures', '02-second.md');
  let first: ReturnType<typeof buildCourse>;

  it('compiles every lecture of a course it has not seen', () => {
    appendFileSync(lecture, `\nA sentence only this run has: ${Date.now()}.\n`);
    first = buildCourse(contentDir);
    assert.equal(first.status, 0, first.output);
    assert.deepEqual(compiledCount(first.output), [2, 2]);
    assert.match(notes(first.outDir, '01-everything'), /class="katex"/);
  });

  it('compiles nothing when nothing changed, and builds the same site', () => {
    const again = buildCourse(contentDir);
    assert.equal(again.status, 0, again.output);
    assert.deepEqual(compiledCount(again.output), [0, 2]);
    for (const id of ['01-everything', '02-second']) assert.equal(notes(again.outDir, id), notes(first.outDir, id));
  });

  it('compiles only the lecture that changed, and shows the change', () => {
    writeFileSync(lecture, readFileSync(lecture, 'utf8').replace(/\n## /, '\n## A new slide\n\nFreshly added.\n\n## '));
    const edited = buildCourse(contentDir);
    assert.equal(edited.status, 0, edited.output);
    assert.deepEqual(compiledCount(edited.output), [1, 2]);
    assert.match(notes(edited.outDir, '02-second'), /Freshly added\./);
    assert.equal(notes(edited.outDir, '01-everything'), notes(first.outDir, '01-everything'));
  });

  it('stops the build at a broken lecture: each problem once, at its file:line, no stack trace, no site', () => {
    writeFileSync(lecture, readFileSync(lecture, 'utf8').replace(/\n## /, '\n## Broken\n\n$\\fracc{1}{2}$\n\n## '));
    const broken = buildCourse(contentDir);
    assert.notEqual(broken.status, 0);
    const located = broken.output.split('\n').filter((line) => line.includes(`${lecture}:`));
    assert.equal(located.length, 1, broken.output);
    assert.match(located[0]!, /02-second\.md:\d+:\d+ error TeX error: Undefined control sequence: \\fracc .*\[math-error\]$/);
    assert.match(broken.output, /build failed: the course content has 1 error\(s\)/);
    assert.doesNotMatch(broken.output, /^\s+at /m);
    assert.throws(() => notes(broken.outDir, '02-second'));
  });

  it('fails on warnings too with --strict', () => {
    const strictDir = copyCourse('tests/fixtures/good');
    appendFileSync(join(strictDir, 'references.bib'), '\n@misc{uncited2024, title = {Never cited}, year = {2024}}\n');
    const strict = buildCourse(strictDir, ['--strict']);
    assert.notEqual(strict.status, 0);
    assert.match(strict.output, /warning Bibliography entry "uncited2024" is not cited.*\[bibtex-unused\]/);
    assert.match(strict.output, /--strict: warnings fail too/);
  });
});
