import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createLectureRenderer } from '../../src/markdown/render.ts';
import { bodyLineOffset } from '../../src/markdown/remark-source-lines.ts';

describe('remark-source-lines: positions count from the top of the file', () => {
  it('computes how many lines Astro trimmed off the front of the body', () => {
    const raw = '---\ntitle: T\nnumber: 1\n---\n\n\n## First\n';
    assert.equal(bodyLineOffset(raw, '## First\n'), 6);
    assert.equal(bodyLineOffset(raw, '\n\n\n\n\n\n## First\n'), 0);
    assert.equal(bodyLineOffset('## No frontmatter\n', '## No frontmatter\n'), 0);
  });

  it('numbers slides and errors by file line when given the trimmed body', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lines-'));
    const path = join(dir, '01-x.md');
    const raw = '---\ntitle: T\nnumber: 1\n---\n\n## First\n\n$\\bad$\n';
    writeFileSync(path, raw);
    const render = await createLectureRenderer();
    const { views, messages } = await render('## First\n\n$\\bad$', { absolutePath: path });
    assert.equal(views?.slides[0]?.line, 6);
    assert.equal(messages[0]?.line, 8);
  });
});
