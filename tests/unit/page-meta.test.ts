import assert from 'node:assert/strict';
import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { editUrl, lastUpdated } from '../../src/lib/page-meta.ts';

describe('page metadata', () => {
  it('builds an edit link from the repository and branch', () => {
    const course = { repository: 'https://github.com/example/course/', branch: 'main' };
    assert.equal(editUrl(course, 'content/lectures/01-introduction.md'),
      'https://github.com/example/course/edit/main/content/lectures/01-introduction.md');
    assert.equal(editUrl({ branch: 'main' }, 'x.md'), undefined);
  });

  it('dates a committed file by its last commit', () => {
    const date = lastUpdated('package.json');
    assert.ok(date.getTime() > Date.parse('2026-01-01') && date.getTime() <= Date.now());
  });

  it('falls back to the modification time outside git', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'meta-')), 'x.md');
    writeFileSync(file, 'x');
    const when = new Date('2025-05-06T07:08:09Z');
    utimesSync(file, when, when);
    assert.equal(lastUpdated(file).toISOString(), when.toISOString());
  });
});
