import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { runCli } from '../helpers/cli.ts';

const temp = mkdtempSync(join(tmpdir(), 'compile-cache-'));
after(() => rmSync(temp, { recursive: true, force: true }));

describe('lecture-site start-up', () => {
  it('keeps the code Node compiled for the next run (Node’s compile cache, in the temporary folder)', () => {
    const run = runCli(['--version'], { TMPDIR: temp });
    assert.equal(run.status, 0, run.output);
    const cache = join(temp, 'node-compile-cache');
    assert.ok(existsSync(cache) && readdirSync(cache, { recursive: true }).length > 0, 'compiled code kept');
  });
});
