import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileState, readUnchanged } from '../../src/course-files/file-state.ts';

describe('reading a file that is being written in place', () => {
  const dir = mkdtempSync(join(tmpdir(), 'file-state-'));
  const path = join(dir, 'course.yaml');
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('tells a truncated file from the same file filled, and a missing one', () => {
    writeFileSync(path, '');
    const truncated = fileState(path);
    writeFileSync(path, 'title: A course\n');
    assert.notEqual(fileState(path), truncated);
    assert.equal(fileState(join(dir, 'none')), 'missing');
  });

  it('reads again when the file was filled while it was read, so the half-written text is not what it returns', () => {
    writeFileSync(path, '');
    let reads = 0;
    const text = readUnchanged(path, () => {
      const read = readFileSync(path, 'utf8');
      if (reads++ === 0) writeFileSync(path, 'title: A course\n'); // The editor finishes writing meanwhile.
      return read;
    });
    assert.equal(text, 'title: A course\n');
    assert.equal(reads, 2);
  });
});
