import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkFrontmatter, splitFrontmatter } from '../../src/compile/frontmatter.ts';
import { lectureSchema } from '../../src/schemas/lecture.ts';

const check = (source: string) => {
  const block = splitFrontmatter(source);
  assert.ok(block, 'frontmatter found');
  return checkFrontmatter(block, lectureSchema);
};

describe('frontmatter: schema errors at their real line', () => {
  it('accepts a valid lecture header', () => {
    const { data, problems } = check('---\ntitle: Intro\nnumber: 1\ndate: 2026-01-12\n---\n## A\n');
    assert.deepEqual(problems, []);
    assert.equal(data?.number, 1);
    assert.equal(data?.draft, false);
  });

  it('names an unknown key at its line and suggests the known one', () => {
    const { problems } = check('---\ntitle: Intro\nnumber: 1\nsubtilte: x\n---\n');
    assert.equal(problems.length, 1);
    assert.deepEqual(
      [problems[0]?.ruleId, problems[0]?.line, problems[0]?.fix],
      ['frontmatter-unknown-key', 4, 'did you mean "subtitle"?'],
    );
  });

  it('points a wrong type at the line of its key', () => {
    const { problems } = check('---\ntitle: Intro\nnumber: one\n---\n');
    assert.deepEqual([problems[0]?.ruleId, problems[0]?.line], ['frontmatter-invalid', 3]);
  });

  it('reports invalid YAML with its line', () => {
    const { problems } = check('---\ntitle: Intro\nnumber: [1\n---\n');
    assert.equal(problems[0]?.ruleId, 'frontmatter-yaml');
    assert.ok((problems[0]?.line ?? 0) >= 3);
  });

  it('keeps body lines numbered as in the file', () => {
    const block = splitFrontmatter('---\ntitle: T\nnumber: 1\n---\n## A\n');
    assert.equal(block?.body.split('\n').indexOf('## A'), 4);
  });
});
