import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

function run(contentDir: string, command: string, args: string[]) {
  const outDir = mkdtempSync(join(tmpdir(), 'bad-build-'));
  const result = spawnSync(command, [...args, '--outDir', outDir], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return { ...result, output: `${result.stdout}${result.stderr}`, outDir };
}

const CASES = [
  {
    name: 'a TeX error',
    dir: 'tests/fixtures/bad-math',
    location: 'tests/fixtures/bad-math/lectures/01-broken.md:12:',
    message: /error TeX error: .* — correct the TeX/,
  },
  {
    name: 'an unknown citation key',
    dir: 'tests/fixtures/bad-citation',
    location: 'tests/fixtures/bad-citation/lectures/01-unknown-cite.md:10:24',
    message: /error Unknown citation key "@samuel1995" — add an entry/,
  },
];

for (const bad of CASES) {
  describe(`${bad.name} fails the build, naming file:line`, () => {
    it('npm run build stops at the content check with the location and a fix', () => {
      const result = run(bad.dir, 'npm', ['run', 'build', '--']);
      assert.notEqual(result.status, 0);
      assert.ok(result.output.includes(bad.location), result.output);
      assert.match(result.output, bad.message);
      assert.doesNotMatch(result.output, /Complete!/);
      assert.equal(existsSync(join(result.outDir, 'index.html')), false);
    });
  });
}

describe('astro build without the content check', () => {
  it('still refuses to publish a lecture that does not render', () => {
    const result = run('tests/fixtures/bad-math', 'astro', ['build']);
    assert.notEqual(result.status, 0);
    assert.ok(result.output.includes('01-broken.md'), result.output);
    assert.doesNotMatch(result.output, /\[build\] Complete!/);
  });
});
