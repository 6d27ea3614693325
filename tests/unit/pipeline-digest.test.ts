import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { moduleGraph, pipelineDigest } from '../../src/collection/pipeline-digest.ts';
import { scratchFolder } from '../helpers/scratch.ts';

describe('pipeline digest (the compile cache key)', () => {
  it('covers every module the compiler imports, found from its imports, not from a list', () => {
    const files = moduleGraph().map((file) => relative(process.cwd(), file));
    for (const file of ['src/compile/compile-lecture.ts', 'src/markdown/pipeline.ts', 'src/markdown/remark-slides.ts',
      'src/references/format.ts', 'src/model/diagnostic.ts', 'src/schemas/lecture.ts', 'src/compile/frontmatter.ts']) {
      assert.ok(files.includes(file), `${file} is part of the digest`);
    }
    assert.ok(!files.some((file) => file.startsWith('src/pages/')), 'pages do not render lectures');
  });

  it('changes when a module the entry imports (transitively) changes, not when another file does', () => {
    const dir = scratchFolder('digest');
    const [entry, helper, other, installed] = ['entry.ts', 'helper.ts', 'other.ts', 'installed.json'].map((name) => join(dir, name));
    writeFileSync(entry!, "import { one } from './helper.ts';\nexport const two = one + 1;\n");
    writeFileSync(helper!, 'export const one = 1;\n');
    writeFileSync(other!, 'export const unrelated = 0;\n');
    writeFileSync(installed!, '{"packages": {"katex": "0.16.0"}}');
    const digest = () => pipelineDigest(entry!, installed!);
    const before = digest();
    writeFileSync(other!, 'export const unrelated = 1;\n');
    assert.equal(digest(), before);
    writeFileSync(helper!, 'export const one = 2;\n');
    const afterHelper = digest();
    assert.notEqual(afterHelper, before);
    writeFileSync(installed!, '{"packages": {"katex": "0.16.1"}}');
    assert.notEqual(digest(), afterHelper, 'a library version counts too');
  });
});
