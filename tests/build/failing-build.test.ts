import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const FIXTURE = 'tests/fixtures/bad-math';
const BAD_LINE = 'tests/fixtures/bad-math/lectures/01-broken.md:12:';

function run(command: string, args: string[]) {
  const outDir = mkdtempSync(join(tmpdir(), 'bad-build-'));
  const result = spawnSync(command, [...args, '--outDir', outDir], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: FIXTURE, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return { ...result, output: `${result.stdout}${result.stderr}`, outDir };
}

describe('a TeX error fails the build, naming file:line', () => {
  it('npm run build stops at the content check with the location and a fix', () => {
    const result = run('npm', ['run', 'build', '--']);
    assert.notEqual(result.status, 0);
    assert.ok(result.output.includes(BAD_LINE), result.output);
    assert.match(result.output, /error TeX error: .* — correct the TeX/);
    assert.doesNotMatch(result.output, /Complete!/);
    assert.equal(existsSync(join(result.outDir, 'index.html')), false);
  });

  it('astro build alone also refuses to publish the broken lecture', () => {
    const result = run('astro', ['build']);
    assert.notEqual(result.status, 0);
    assert.ok(result.output.includes('01-broken.md'), result.output);
    assert.doesNotMatch(result.output, /\[build\] Complete!/);
  });
});
