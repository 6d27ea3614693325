import assert from 'node:assert/strict';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { compiledCourseProblems } from '../../src/cli/check-course.ts';
import { compiledDir } from '../../src/collection/compiled-store.ts';

const work = mkdtempSync(join(tmpdir(), 'check-course-'));
after(() => rmSync(work, { recursive: true, force: true }));
const course = join(work, 'course');
const cache = join(work, 'cache');
cpSync('tests/fixtures/bad-citation', course, { recursive: true });
const record = join(compiledDir(cache, false), 'checked.json');
/** The fixture's two uncited works, warned about. */
const UNUSED = ['bibtex-unused@12', 'bibtex-unused@23'];
const rules = (diagnostics: { ruleId: string; line: number }[]) => diagnostics.map(({ ruleId, line }) => `${ruleId}@${line}`);

describe('lecture-site check: what the last build or check found of the same course', () => {
  it('compiles a course it has not seen, and records what it found', async () => {
    assert.deepEqual(rules(await compiledCourseProblems(course, cache)), ['citation-unknown-key@10', ...UNUSED]);
    assert.deepEqual(rules(JSON.parse(readFileSync(record, 'utf8')).diagnostics), ['citation-unknown-key@10', ...UNUSED]);
  });

  it('takes the recorded problems of the course as it is, without compiling', async () => {
    const recorded = JSON.parse(readFileSync(record, 'utf8'));
    writeFileSync(record, JSON.stringify({ ...recorded, diagnostics: [{ ...recorded.diagnostics[0], ruleId: 'recorded', line: 99 }] }));
    assert.deepEqual(rules(await compiledCourseProblems(course, cache)), ['recorded@99']);
    // A build's status of the same course counts as well.
    rmSync(record);
    writeFileSync(join(compiledDir(cache, false), 'status.json'), JSON.stringify({ ...recorded, diagnostics: [], lectures: [] }));
    assert.deepEqual(await compiledCourseProblems(course, cache), []);
  });

  it('compiles again when a file of the course changed', async () => {
    appendFileSync(join(course, 'lectures', '01-unknown-cite.md'), '\nAnd more [@nobody2000].\n');
    assert.deepEqual(rules(await compiledCourseProblems(course, cache)), ['citation-unknown-key@10', 'citation-unknown-key@12', ...UNUSED]);
    writeFileSync(join(course, 'references.bib'), `${readFileSync(join(course, 'references.bib'), 'utf8')}\n@misc{nobody2000,\n  title = {Nobody}, author = {Body, No}, year = {2000}\n}\n`);
    assert.deepEqual(rules(await compiledCourseProblems(course, cache)), ['citation-unknown-key@10', ...UNUSED]);
  });
});
