import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { COMMANDS } from '../../src/cli/main.ts';

const README = readFileSync('README.md', 'utf8');

/** The rule ids of the README's table of rules (first column). */
function documentedRules(): string[] {
  const table = README.slice(README.indexOf('| rule | what it catches |'));
  const rows = table.slice(0, table.indexOf('\n\n')).split('\n').slice(2);
  return rows.flatMap((row) => [...row.split('|')[1]!.matchAll(/`([a-z-]+)`/g)].map((match) => match[1]!));
}

describe('README stays true to the code', () => {
  it('names only files and folders that exist', () => {
    const paths = [...README.matchAll(/`((?:src|scripts|tests|content|bench)\/[\w./-]*)`/g)].map((match) => match[1]!)
      .filter((path) => !/[<*]|NN-|bench\/scratch/.test(path));
    assert.ok(paths.length > 20);
    for (const path of paths) assert.ok(existsSync(path), `README names ${path}, which does not exist`);
  });

  it('documents every rule the broken-content corpus exercises (that it documents only the code\'s: tests/unit/rules.test.ts)', () => {
    const documented = documentedRules();
    const manifest = parse(readFileSync('tests/fixtures/bad/manifest.yaml', 'utf8')) as { rule: string }[];
    for (const { rule } of manifest) assert.ok(documented.includes(rule), `rule ${rule} is missing from the README's table`);
    assert.match(README, new RegExp(`\\b${manifest.length} broken ones`), `the README counts the ${manifest.length} broken cases`);
  });

  it('lists every npm script in its commands table, and CI runs the README test command', () => {
    const scripts = Object.keys((JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts)
      .filter((name) => !name.includes(':'));
    for (const name of scripts) assert.match(README, new RegExp(`\\| \`npm (run )?${name}\` \\|`), `npm run ${name} is not in the README`);
    assert.match(README, /^npm test\s/m);
    assert.match(readFileSync('.ci/run', 'utf8'), /^npm test$/m);
  });

  it('documents every lecture-site command in its commands table, with every flag it takes', () => {
    const table = README.slice(README.indexOf('| command | in this repository | what it does |'));
    const rows = table.slice(0, table.indexOf('\n\n'));
    for (const command of COMMANDS) {
      const row = rows.split('\n').find((line) => line.startsWith(`| \`lecture-site ${command.name}`));
      assert.ok(row, `lecture-site ${command.name} is not in the README's commands table`);
      for (const flag of Object.keys(command.flags).filter((name) => name !== 'content')) {
        assert.ok(row.includes(`--${flag}`), `the README's row for lecture-site ${command.name} does not name --${flag}`);
      }
    }
    assert.match(README, /Every command takes `--content DIR`/);
  });
});
