import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { contentFromCase, runCheck } from '../helpers/check-run.ts';

interface BadCase {
  case: string;
  rule: string;
  /** A lecture file, `references.bib`, or a file under `_freeze/`. */
  file: string;
  line: number;
  /** Arguments of the check (`--execute` runs the cells first; with `--strict` a warning fails too). */
  args?: string[];
  /** Added to the check's environment (e.g. `PYTHON`). */
  env?: Record<string, string>;
}

const BAD = 'tests/fixtures/bad';
const cases = parse(readFileSync(join(BAD, 'manifest.yaml'), 'utf8')) as BadCase[];

describe('each broken lecture gives exactly its error, at its line', { concurrency: 2 }, () => {
  it('has a corpus of at least 100 cases', () => assert.ok(cases.length >= 100));

  for (const bad of cases) {
    it(`${bad.case}: ${bad.rule} at ${bad.file}:${bad.line}`, async () => {
      const contentDir = contentFromCase(join(BAD, 'cases', bad.case), join(BAD, 'course.yaml'));
      const args = bad.args ?? [];
      const { status, output } = await runCheck(contentDir, args, bad.env);
      // What fails the run: errors, and with --strict warnings too.
      const failing = args.includes('--strict') ? / (error|warning) .*\[[a-z-]+\]$/ : / error .*\[[a-z-]+\]$/;
      const errors = output.split('\n').filter((line) => failing.test(line));
      const inContentDir = ['references.bib', 'course.yaml'].includes(bad.file) || bad.file.startsWith('_freeze/');
      const where = inContentDir ? join(contentDir, bad.file) : join(contentDir, 'lectures', bad.file);
      assert.equal(status, 1, output);
      assert.equal(errors.length, 1, output);
      assert.ok(errors[0]!.startsWith(`${where}:${bad.line}:`), `expected ${where}:${bad.line}, got: ${errors[0]}`);
      assert.ok(errors[0]!.endsWith(`[${bad.rule}]`), errors[0]);
      assert.match(errors[0]!, / — \S/, 'says how to fix it');
      assert.doesNotMatch(output, /^\s+at /m, 'no stack trace');
    });
  }
});

describe('the good fixture, with every feature', () => {
  it('passes the strict check with no warning', async () => {
    const { status, output } = await runCheck('tests/fixtures/good', ['--strict']);
    assert.equal(status, 0, output);
    assert.match(output, /check: 0 error\(s\), 0 warning\(s\)/);
  });
});
