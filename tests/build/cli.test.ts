import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { CLI, runCli } from '../helpers/cli.ts';
import { scratchFolder } from '../helpers/scratch.ts';

/** Every subcommand and the flags it takes, as the command objects declare them. */
const COMMANDS: Record<string, string[]> = {
  new: ['--content', '--title', '--lecturer'],
  import: ['--out', '--force'],
  check: ['--content', '--strict', '--execute'],
  build: ['--content', '--out', '--strict', '--execute', '--private-notes'],
  dev: ['--content', '--port', '--host'],
  preview: ['--content', '--dist', '--port', '--host'],
  execute: ['--content', '--force', '--strict'],
  pdf: ['--content', '--dist', '--fragments', '--all-fragments', '--annotations', '--handout', '--nup'],
};

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

describe('the lecture-site command', () => {
  it('lists every command in --help, and prints its version', () => {
    const help = runCli(['--help']);
    assert.equal(help.status, 0, help.output);
    for (const name of Object.keys(COMMANDS)) assert.match(help.stdout, new RegExp(`^  ${name} `, 'm'));
    const shown = runCli(['--version']);
    assert.equal(shown.stdout.trim(), version);
  });

  for (const [name, flags] of Object.entries(COMMANDS)) {
    it(`${name} --help says what it takes, and does nothing else`, () => {
      const started = Date.now();
      const run = runCli([name, '--help']);
      assert.equal(run.status, 0, run.output);
      assert.match(run.stdout, new RegExp(`^lecture-site ${name}\\b`));
      for (const flag of flags) assert.match(run.stdout, new RegExp(`^  ${flag}\\b`, 'm'), `${name} --help lists ${flag}`);
      assert.doesNotMatch(run.output, /\[build\]|\[content\]|pdf: /, 'nothing ran');
      assert.ok(Date.now() - started < 10_000, 'a help is quick: nothing was built or printed');
    });
  }

  it('on a Node too old for Astro, says which Node it needs in two lines, no stack trace', (t) => {
    // The machine's own Node (Debian's 20 here), not the one npm run puts first on the PATH.
    const systemNode = '/usr/bin/node';
    const probe = spawnSync(systemNode, ['-p', 'process.versions.node'], { encoding: 'utf8' });
    const [major = 99, minor = 0] = (probe.stdout ?? '').trim().split('.').map(Number);
    if (probe.status !== 0 || major > 22 || (major === 22 && minor >= 19)) return t.skip(`no Node older than 22.19 at ${systemNode}`);
    const run = spawnSync(systemNode, [CLI, 'build'], { encoding: 'utf8' });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /^lecture-site needs Node\.js 22\.19 or newer .*this is Node\.js v2\d\./);
    assert.equal(run.stderr.trim().split('\n').length, 2, run.stderr);
  });

  it('names an unknown command or flag with the closest valid one, and exits 2', () => {
    const command = runCli(['biuld']);
    assert.equal(command.status, 2);
    assert.match(command.stderr, /^lecture-site: unknown command biuld \(did you mean build\?\)$/m);
    const flag = runCli(['build', '--outDir', 'x']);
    assert.equal(flag.status, 2);
    assert.match(flag.stderr, /^lecture-site: build takes no flag --outDir \(did you mean --out\?\)$/m);
    assert.match(flag.stderr, /lecture-site build --help/);
    const typo = runCli(['check', '--stirct']);
    assert.match(typo.stderr, /check takes no flag --stirct \(did you mean --strict\?\)/);
  });

  it('refuses a flag without its value, a value for a switch, and arguments a command does not take', () => {
    assert.match(runCli(['pdf', '--nup']).stderr, /^lecture-site: pdf: Option '--nup <value>' argument missing/m);
    assert.match(runCli(['check', '--strict=yes']).stderr, /^lecture-site: check: Option '--strict' does not take an argument/m);
    const extra = runCli(['build', 'content']);
    assert.equal(extra.status, 2);
    assert.match(extra.stderr, /^lecture-site: build takes no arguments, not "content"$/m);
    assert.match(runCli(['new', 'course']).stderr, /new takes 2 arguments \(course DIR \| lecture "Title"\), not "course"/);
    assert.match(runCli(['new', 'slide', 'x']).stderr, /new makes a course or a lecture, not "slide"/);
  });

  it('says where a course is looked for when there is none', () => {
    const empty = scratchFolder('no-course');
    const run = runCli(['check'], {}, empty);
    assert.equal(run.status, 2, run.output);
    assert.match(run.stderr, /no course here: neither this folder nor \.\/content has a course\.yaml/);
    assert.match(runCli(['check', '--content', join(empty, 'missing')]).stderr, /--content .*missing: there is no folder/);
  });

  it('new course writes a course into an empty folder only; new lecture takes the next number and a slug', () => {
    const dir = join(scratchFolder('new-course'), 'course');
    const made = runCli(['new', 'course', dir, '--title', 'Matter: "in" motion', '--lecturer', 'Ada Lovelace']);
    assert.equal(made.status, 0, made.output);
    const course = parse(readFileSync(join(dir, 'course.yaml'), 'utf8')) as { title: string; lecturers: { name: string }[] };
    assert.equal(course.title, 'Matter: "in" motion', 'the title is YAML data, quotes and colon kept');
    assert.equal(course.lecturers[0]!.name, 'Ada Lovelace');
    assert.match(readFileSync(join(dir, 'course.yaml'), 'utf8'), /^# /m, 'course.yaml keeps its comments');
    assert.ok(readdirSync(dir).includes('.gitignore'));
    assert.equal(runCli(['new', 'course', dir]).status, 2, 'a folder that is not empty is refused');

    writeFileSync(join(dir, 'lectures', '07-later.md'), '---\ntitle: Later\nnumber: 7\n---\n\n## Later\n');
    const lecture = runCli(['new', 'lecture', 'Phonons & Heat: part 2', '--content', dir]);
    assert.equal(lecture.status, 0, lecture.output);
    const file = join(dir, 'lectures', '08-phonons-heat-part-2.md');
    assert.match(lecture.stdout, /08-phonons-heat-part-2\.md/);
    assert.match(readFileSync(file, 'utf8'), /^---\ntitle: "Phonons & Heat: part 2"\nnumber: 8\n---\n/);
    const checked = runCli(['check', '--content', dir, '--strict']);
    assert.equal(checked.status, 0, checked.output);
    const executed = runCli(['execute', '--content', dir]);
    assert.equal(executed.status, 0, executed.output);
    assert.match(executed.stdout, /^execute: no lecture has a code cell to run/m, 'a run with nothing to run says so');
    const misnamed = runCli(['execute', '08-phonons', '--content', dir]);
    assert.equal(misnamed.status, 2, misnamed.output);
    assert.match(misnamed.stderr, /the course has no lecture 08-phonons \(did you mean 08-phonons-heat-part-2\?\); its lectures: 01-welcome, 07-later, 08-phonons-heat-part-2/);
  });
});
