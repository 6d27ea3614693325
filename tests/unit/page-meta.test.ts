import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { editUrl, lastUpdated } from '../../src/site/page-meta.ts';
import { scratchFolder } from '../helpers/scratch.ts';

describe('page metadata', () => {
  it('builds an edit link from the repository and branch', () => {
    const course = { repository: 'https://github.com/example/course/', branch: 'main' };
    assert.equal(editUrl(course, 'content/lectures/01-introduction.md'),
      'https://github.com/example/course/edit/main/content/lectures/01-introduction.md');
    assert.equal(editUrl({ branch: 'main' }, 'x.md'), undefined);
  });

  it('dates each committed file by its own last commit', () => {
    for (const file of ['content/lectures/01-introduction.md', 'content/lectures/03-materials-data.md', 'package.json']) {
      const committed = execFileSync('git', ['log', '-1', '--format=%cI', '--', file], { encoding: 'utf8' }).trim();
      assert.equal(lastUpdated(file).toISOString(), new Date(committed).toISOString(), file);
    }
  });

  it('falls back to the modification time outside git', () => {
    const file = join(scratchFolder('meta'), 'x.md');
    writeFileSync(file, 'x');
    const when = new Date('2025-05-06T07:08:09Z');
    utimesSync(file, when, when);
    assert.equal(lastUpdated(file).toISOString(), when.toISOString());
  });
});
