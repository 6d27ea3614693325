import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { CLI } from '../helpers/cli.ts';

const CONTENT = 'tests/fixtures/good';
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
/** `lecture-site build` of the good fixture into `outDir`, as node's arguments. */
const buildArgs = (outDir: string) => [CLI, 'build', '--content', CONTENT, '--out', outDir];

/** A build of the good fixture as a child process (node directly, so signals reach it). */
function startBuild(outDir: string) {
  const child = spawn(process.execPath, buildArgs(outDir), { env });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>(
    (resolveDone) => child.on('close', (code, signal) => resolveDone({ code, signal, output })));
  return { child, done, output: () => output };
}

/** An output folder holding an old site: a page and a marker only the old site has. */
function oldSite(): string {
  const outDir = join(mkdtempSync(join(tmpdir(), 'out-')), 'site');
  mkdirSync(join(outDir, 'pagefind'), { recursive: true });
  writeFileSync(join(outDir, 'index.html'), '<p>old</p>');
  writeFileSync(join(outDir, 'pagefind', 'pagefind.js'), '// old');
  writeFileSync(join(outDir, 'OLD-SITE'), '');
  return outDir;
}

/** Whether a folder is the old site, whole. */
const isOld = (dir: string) => existsSync(join(dir, 'OLD-SITE')) && readdirSync(dir).length === 3;
/** Whether a folder is a new site, whole: pages and the search index written last. */
const isNew = (dir: string) => !existsSync(join(dir, 'OLD-SITE')) && ['index.html', 'notes', 'slides', 'course.json', 'pagefind/pagefind.js']
  .every((path) => existsSync(join(dir, path))) && readdirSync(join(dir, 'pagefind', 'fragment')).length > 0;

describe('the output folder is the old site or the new one, never a mix', () => {
  it('after interrupting a build at several points', async () => {
    const seen = new Set<string>();
    for (const delay of [300, 1500, 3000, 4500, 6000]) {
      const outDir = oldSite();
      const build = startBuild(outDir);
      await new Promise((resolveWait) => setTimeout(resolveWait, delay));
      build.child.kill('SIGINT');
      const { code, signal, output } = await build.done;
      const state = isOld(outDir) ? 'old' : isNew(outDir) ? 'new' : 'mixed';
      assert.notEqual(state, 'mixed', `interrupted after ${delay} ms: ${readdirSync(outDir).join(', ')}\n${output}`);
      // Interrupted while Node still loads the command, before its handler: the signal ends it, nothing written.
      if (state === 'new') assert.equal(code, 0, output);
      else if (!(output === '' && signal === 'SIGINT')) assert.match(output, /build failed: interrupted \(SIGINT\)/, output);
      seen.add(state);
      assert.deepEqual(readdirSync(resolve(outDir, '..')), [basename(outDir)], 'no staging or swap folders left beside it');
    }
    assert.ok(seen.has('old'), 'at least one interruption came before the swap');
  });

  it('when a second build starts while one runs: it stops at once, naming the first', async () => {
    const outDir = oldSite();
    const first = startBuild(outDir);
    while (!first.output().includes('[content]') && first.child.exitCode === null) await new Promise((wait) => setTimeout(wait, 50));
    const second = spawnSync(process.execPath, buildArgs(outDir), { env, encoding: 'utf8' });
    assert.equal(second.status, 1);
    assert.match(second.stderr, /build failed: another lecture-site build of this project is running \(process \d+, since .*\); wait for it to finish/);
    assert.doesNotMatch(second.stderr, /^\s+at /m);
    const { code, output } = await first.done;
    assert.equal(code, 0, output);
    assert.ok(isNew(outDir));
  });

  it('for an output folder whose path starts with the project’s path (~/course and ~/course-site)', () => {
    const outDir = `${resolve('.')}-site-test-${process.pid}`;
    try {
      const result = spawnSync(process.execPath, buildArgs(outDir), { env, encoding: 'utf8' });
      assert.equal(result.status, 0, result.stdout + result.stderr);
      assert.ok(isNew(outDir));
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});

describe('a build on a full disk', () => {
  const staging = resolve('node_modules/.lecture-site/staging');
  let mounted = false;

  after(() => {
    if (mounted) spawnSync('umount', [staging]);
  });

  it('says "build failed" with the reason, leaves no staging behind and the old site untouched', (t) => {
    mkdirSync(staging, { recursive: true });
    const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', staging], { encoding: 'utf8' });
    if (mount.status !== 0) return t.skip(`cannot mount a small tmpfs here (${mount.stderr.trim() || 'not permitted'}); run as root to test a full disk`);
    mounted = true;
    const outDir = oldSite();
    const result = spawnSync(process.execPath, buildArgs(outDir), { env, encoding: 'utf8' });
    assert.equal(result.status, 1, result.stdout + result.stderr);
    assert.match(result.stderr, /build failed: .*(ENOSPC|no space)/i);
    assert.doesNotMatch(result.stderr, /^\s+at /m);
    assert.ok(isOld(outDir));
    assert.deepEqual(readdirSync(staging), []);
  });
});
