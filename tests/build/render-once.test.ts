import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

describe('npm run build renders each lecture once', () => {
  it('Astro stores the renders the content check made instead of rendering again', () => {
    const contentDir = mkdtempSync(join(tmpdir(), 'render-once-'));
    cpSync('tests/fixtures/good', contentDir, { recursive: true });
    const lectures = readdirSync(join(contentDir, 'lectures')).filter((name) => name.endsWith('.md'));
    // New text in every lecture, so Astro's own cache from an earlier run cannot hold them.
    for (const name of lectures) appendFileSync(join(contentDir, 'lectures', name), `\n<!-- run ${Date.now()} -->\n`);
    const outDir = mkdtempSync(join(tmpdir(), 'render-once-dist-'));
    const result = spawnSync('npm', ['run', 'build', '--', '--outDir', outDir], {
      encoding: 'utf8', env: { ...process.env, CONTENT_DIR: contentDir },
    });
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.match(result.stdout, new RegExp(`render: Astro reused ${lectures.length} of the ${lectures.length} lectures the check rendered`));
    assert.match(readFileSync(join(outDir, 'notes', '01-everything', 'index.html'), 'utf8'), /class="katex"/);
  });
});
