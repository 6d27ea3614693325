import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { compileCourse } from '../../src/compile/compile-course.ts';
import { readCourseFolder } from '../../src/course-files/read-course.ts';
import { formatImportResult, importCourse } from '../../src/import/index.ts';
import { writeCourseFolder } from '../../src/import/write-course.ts';

const scratch = mkdtempSync(join(tmpdir(), 'import-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** A fresh folder path under the scratch folder (not created). */
let count = 0;
const folder = (name: string) => join(scratch, `${name}-${++count}`);

describe('importCourse writes a course folder', () => {
  it('writes the imported Quarto project, which then checks with no problem', async () => {
    const out = folder('course');
    const result = await importCourse({ from: 'tests/fixtures/quarto-project', out });
    assert.equal(result.files.length, 8);
    assert.equal(readFileSync(join(out, 'public/logo.png')).length, readFileSync('tests/fixtures/quarto-project/images/logo.png').length);
    const course = await readCourseFolder({ contentDir: out });
    const compiled = await compileCourse(course.sources, course.context!);
    assert.deepEqual([...course.diagnostics, ...compiled.diagnostics], []);
    assert.ok(result.notes.every((note) => note.path.startsWith('tests/fixtures/quarto-project/')), 'notes name the files as the project folder was named');
  });

  it('refuses a folder that holds files, with one error and nothing written', async () => {
    const out = folder('taken');
    mkdirSync(out);
    writeFileSync(join(out, 'mine.txt'), 'keep me');
    const result = await importCourse({ from: 'tests/fixtures/jupyter-book', out });
    assert.deepEqual(result.files, []);
    assert.deepEqual(result.notes.map((note) => `${note.severity} ${note.ruleId} ${note.reason}`), [`error import-out ${out} is not empty`]);
    assert.deepEqual(readdirSync(out), ['mine.txt']);
    assert.deepEqual(readdirSync(scratch).filter((name) => name.startsWith('.')), [], 'no staging folder is left');
    assert.match(formatImportResult(result), new RegExp(`^${out}:1:1 error ${out} is not empty — .*--force.*\\nNothing was written to ${out}: 1 error\\(s\\), 0 warning\\(s\\)\\.$`));
  });

  it('replaces it with force, and fills an empty folder without', async () => {
    const out = folder('taken');
    mkdirSync(out);
    writeFileSync(join(out, 'mine.txt'), 'old');
    const forced = await importCourse({ from: 'tests/fixtures/jupyter-book', out, force: true });
    assert.ok(forced.files.includes('lectures/01-atoms-and-data.ipynb'));
    assert.equal(existsSync(join(out, 'mine.txt')), false);
    assert.equal(readFileSync(join(out, 'lectures/02-tables-of-materials.ipynb'), 'utf8'), readFileSync('tests/fixtures/jupyter-book/week2.ipynb', 'utf8'));
    const empty = folder('empty');
    mkdirSync(empty);
    assert.ok((await importCourse({ from: 'tests/fixtures/jupyter-book', out: empty })).files.length > 0);
    assert.match(formatImportResult(forced), /\nImported 3 lecture\(s\) and 3 page\(s\) into .* \(12 files\); 11 note\(s\) .*lecture-site check --content .*$/);
  });

  it('never leaves a half-written folder: a write that fails keeps the old folder as it was', async () => {
    const from = folder('project');
    cpSync('tests/fixtures/jupyter-book', from, { recursive: true });
    const out = folder('course');
    mkdirSync(out);
    writeFileSync(join(out, 'old.txt'), 'old');
    const outcome = await writeCourseFolder([{ path: 'course.yaml', text: 'title: T\n' }, { path: 'lectures/01-a.ipynb', copyOf: 'vanished.ipynb' }], from, out, true);
    assert.ok('refused' in outcome && outcome.refused.ruleId === 'import-out' && outcome.refused.reason.includes('ENOENT'));
    assert.deepEqual(readdirSync(out), ['old.txt']);
    assert.deepEqual(readdirSync(scratch).filter((name) => name.startsWith('.')), []);
  });

  it('reads a project without the course folder it writes inside it, and will not replace the project itself', async () => {
    const from = folder('project');
    cpSync('tests/fixtures/jupyter-book', from, { recursive: true });
    const first = await importCourse({ from, out: join(from, 'content') });
    const again = await importCourse({ from, out: join(from, 'content'), force: true });
    assert.deepEqual(again.files, first.files);
    const inside = await importCourse({ from, out: scratch, force: true });
    assert.deepEqual(inside.notes.map((note) => note.reason), [`${scratch} holds the project being imported`]);
    assert.ok(existsSync(join(from, '_toc.yml')));
  });
});
