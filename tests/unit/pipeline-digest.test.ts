import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pipelineDigest } from '../../src/lib/pipeline-digest.ts';

describe('pipeline digest (Astro cache key)', () => {
  it('is stable, and changes when a file the rendering reads changes', () => {
    const bib = join(mkdtempSync(join(tmpdir(), 'digest-')), 'references.bib');
    writeFileSync(bib, '@misc{a, title = {One}}');
    const first = pipelineDigest([bib]);
    assert.equal(pipelineDigest([bib]), first);
    writeFileSync(bib, '@misc{a, title = {Two}}');
    assert.notEqual(pipelineDigest([bib]), first);
  });
});
