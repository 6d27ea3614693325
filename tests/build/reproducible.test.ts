import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../helpers/cli.ts';
import { DIST } from '../helpers/dist.ts';
import { scratchFolder } from '../helpers/scratch.ts';

function files(root: string): string[] {
  return readdirSync(root, { recursive: true })
    .map(String)
    .filter((path) => statSync(join(root, path)).isFile())
    .map((path) => relative(root, join(root, path)))
    .sort();
}

describe('builds are reproducible', () => {
  it('a second build of the same sources is byte-identical to dist/', () => {
    const outDir = scratchFolder('rebuild');
    const result = runCli(['build', '--content', 'content', '--out', outDir]);
    assert.equal(result.status, 0, result.stderr);
    const ours = files(DIST).filter((path) => !path.startsWith('pdf/'));
    assert.deepEqual(files(outDir), ours);
    const different = ours.filter((path) => !readFileSync(join(DIST, path)).equals(readFileSync(join(outDir, path))));
    assert.deepEqual(different, []);
  });
});
