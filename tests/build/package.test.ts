import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startDevServer } from '../helpers/dev-server.ts';
import { query } from '../helpers/html.ts';

/** A run of a program to its end, with its output; a failure fails the test with that output. */
function run(command: string, args: string[], cwd: string): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  assert.equal(result.status, 0, `${command} ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
  return `${result.stdout}${result.stderr}`;
}

describe('the package, packed and installed into an empty folder outside the repository', () => {
  const project = mkdtempSync(join(tmpdir(), 'lecturer-'));
  let tarball: string;
  const bin = join(project, 'node_modules', '.bin', 'lecture-site');
  const course = join(project, 'my-course');

  before(() => {
    const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', project], process.cwd())) as { filename: string; files: { path: string }[] }[];
    tarball = join(project, packed[0]!.filename);
    // As README's "Your own course" says: npm writes the folder's package.json with the package as a dev
    // dependency (Vite reads it in dev).
    run('npm', ['install', '--save-dev', '--no-audit', '--no-fund', tarball], project);
  });
  after(() => rmSync(project, { recursive: true, force: true }));

  it('ships the package and nothing of this repository\'s course, tests or benchmark', () => {
    const files = (JSON.parse(run('npm', ['pack', '--json', '--dry-run'], process.cwd())) as { files: { path: string }[] }[])[0]!.files.map((file) => file.path);
    assert.ok(files.includes('src/cli/bin.js') && files.includes('src/content.config.ts') && files.includes('public/favicon.svg'));
    assert.deepEqual(files.filter((path) => /^(content|tests|bench|scripts|dist|\.ci)\//.test(path)), []);
  });

  it('gives a command whose new course, new lecture and build make a working site', () => {
    run(bin, ['new', 'course', 'my-course', '--title', 'Physics of Matter'], project);
    run(bin, ['new', 'lecture', 'Waves and Phonons'], course);
    const built = run(bin, ['build'], course);
    assert.doesNotMatch(built, /^phase:/m, 'the benchmark\'s phase lines are not printed to a lecturer');
    assert.match(built, /The site is in dist\/\. Next: `lecture-site preview` serves it; `lecture-site pdf` prints the PDFs/);
    const dist = join(course, 'dist');
    for (const path of ['index.html', 'slides/01-welcome/index.html', 'notes/02-waves-and-phonons/index.html', 'references/index.html', 'pagefind/pagefind.js']) {
      assert.ok(existsSync(join(dist, path)), `${path} is built`);
    }
    const notes = query(readFileSync(join(dist, 'notes', '01-welcome', 'index.html'), 'utf8'));
    assert.ok(notes.one('.katex'), 'maths is set by KaTeX');
    assert.ok(notes.one('pre.astro-code[data-language=python] span[style*="--shiki-light"]'), 'code is highlighted by Shiki');
    assert.ok(notes.one('.lecture-body svg, .lecture-body img'), 'the figure is there');
    assert.match(notes.text('.bibliography, .references').join(' '), /Computing Machinery and Intelligence/);
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    assert.match(home, /Physics of Matter/);
    assert.match(home, /Waves and Phonons/, 'a lecture not in the outline is listed too');
    assert.ok(readdirSync(join(dist, '_astro')).some((name) => name.endsWith('.js')), 'the deck scripts are bundled');
  });

  it('serves the course with lecture-site dev from the installed package: notes and deck as built', async () => {
    const dev = await startDevServer(course, { cli: join(project, 'node_modules', 'lecture-site', 'src', 'cli', 'bin.js'), cwd: course });
    try {
      for (const path of ['/notes/01-welcome/', '/slides/01-welcome/']) {
        const response = await fetch(dev.url + path);
        const html = await response.text();
        assert.equal(response.status, 200, `${path}:\n${dev.output().slice(-2000)}`);
        assert.match(html, /class="katex"/, `${path} has its maths`);
      }
    } finally {
      dev.stop();
    }
  });
});
