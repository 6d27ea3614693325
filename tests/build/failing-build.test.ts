import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { buildCourse } from '../helpers/build-run.ts';
import { scratchFolder } from '../helpers/scratch.ts';

/**
 * Astro's own `astro build` on an Astro project whose config is this package's site settings for a course
 * folder (the integration, Starlight's way), not the lecture-site command.
 */
function astroBuild(contentDir: string) {
  const project = scratchFolder('astro-project');
  const settings = JSON.stringify(resolve('src/integration/astro-config.ts'));
  writeFileSync(join(project, 'astro.config.mjs'), `import { siteConfig } from ${settings};\n`
    + `export default { ...siteConfig({ contentDir: ${JSON.stringify(resolve(contentDir))} }), srcDir: ${JSON.stringify(resolve('src'))} };\n`);
  const result = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--root', project], {
    encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return { ...result, output: `${result.stdout}${result.stderr}`, outDir: join(project, 'dist') };
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
    it('lecture-site build stops at the content check with the location and a fix', () => {
      const result = buildCourse(bad.dir);
      assert.notEqual(result.status, 0);
      assert.ok(result.output.includes(bad.location), result.output);
      assert.match(result.output, bad.message);
      assert.doesNotMatch(result.output, /Complete!/);
      assert.equal(existsSync(join(result.outDir, 'index.html')), false);
    });
  });
}

describe('astro build of an Astro project with the integration, without the lecture-site command', () => {
  it('still refuses to publish a lecture that does not render', () => {
    const result = astroBuild('tests/fixtures/bad-math');
    assert.notEqual(result.status, 0);
    assert.ok(result.output.includes('01-broken.md'), result.output);
    assert.doesNotMatch(result.output, /\[build\] Complete!/);
  });
});
