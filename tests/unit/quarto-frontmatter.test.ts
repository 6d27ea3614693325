import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkLectureFile } from '../../src/compile/file-rules.ts';
import { knownKeysAt } from '../../src/compile/schema-keys.ts';
import { lectureSchema } from '../../src/schemas/lecture.ts';
import { compileText } from '../helpers/markdown.ts';

/** Compile a lecture with these frontmatter lines; its problems as `line rule: fix`. */
async function compileWith(frontmatter: string, path = 'content/lectures/01-test.qmd') {
  const compiled = await compileText(`---\ntitle: T\nnumber: 1\n${frontmatter}\n---\n## A\n\nText.\n`, path);
  return { compiled, problems: [...compiled.diagnostics].sort((a, b) => a.line - b.line).map((problem) => `${problem.line} ${problem.ruleId}: ${problem.fix}`) };
}

describe('Quarto frontmatter', () => {
  it('maps format: revealjs: options onto the deck options and the lecture keys', async () => {
    const { compiled, problems } = await compileWith([
      'author: Jane Doe', 'format:', '  revealjs:', '    transition: fade', '    slide-number: c/t', '    incremental: true',
      '    smaller: true', '    footer: Course footer', 'reveal:', '  transition: zoom',
    ].join('\n'));
    assert.deepEqual(problems, []);
    assert.deepEqual(compiled.data?.reveal, { transition: 'zoom', slideNumber: 'c/t' });
    assert.deepEqual([compiled.data?.incremental, compiled.data?.smaller, compiled.data?.footer, compiled.data?.author], [true, true, 'Course footer', 'Jane Doe']);
  });

  it('accepts format: revealjs and a bibliography that is the course\'s file', async () => {
    const { problems } = await compileWith('format: revealjs\nbibliography: ../../tests/fixtures/references/references.bib');
    assert.deepEqual(problems, []);
  });

  it('says what to write instead of a Quarto key with no place here, never a look-alike', async () => {
    const { problems } = await compileWith(['institute: Imperial', 'theme: dark', 'format:', '  revealjs:', '    logo: logo.png', '    chalkboard:', '      theme: whiteboard', '  html: default'].join('\n'));
    assert.equal(problems.length, 5);
    assert.match(problems[0]!, /^4 frontmatter-unknown-key: .*institution in course\.yaml/);
    assert.match(problems[1]!, /^5 frontmatter-unknown-key: .*theme in course\.yaml/);
    assert.match(problems[2]!, /^8 frontmatter-unknown-key: .*--logo/);
    assert.match(problems[3]!, /^10 frontmatter-unknown-key: .*built in.*only buttons/);
    assert.match(problems[4]!, /^11 frontmatter-unknown-key: only revealjs/);
  });

  it('suggests only keys of the same level', async () => {
    const { problems } = await compileWith('reveal:\n  transitions: fade\nformat:\n  revealjs:\n    transitoin: fade');
    assert.deepEqual(problems, ['5 frontmatter-unknown-key: did you mean "transition"?', '8 frontmatter-unknown-key: did you mean "transition"?']);
    assert.ok(knownKeysAt(lectureSchema, ['format', 'revealjs']).includes('slide-number'));
    assert.ok(knownKeysAt(lectureSchema, ['author', 0]).includes('affiliations'));
  });

  it('names the course bibliography when another file is given', async () => {
    const { problems } = await compileWith('bibliography: refs.bib');
    assert.equal(problems.length, 1);
    assert.match(problems[0]!, /^4 frontmatter-invalid/);
    const { compiled } = await compileWith('bibliography: refs.bib');
    assert.match(compiled.diagnostics[0]!.reason, /references\.bib/);
  });
});

describe('lecture file names', () => {
  const bytes = new TextEncoder().encode('---\ntitle: T\nnumber: 1\n---\n');
  it('accepts NN-slug.md and NN-slug.qmd', () => {
    assert.deepEqual(checkLectureFile('content/lectures/01-intro.md', bytes).diagnostics, []);
    assert.deepEqual(checkLectureFile('content/lectures/01-intro.qmd', bytes).diagnostics, []);
  });

  it('tells how to rename 01-intro.MD', () => {
    const [problem] = checkLectureFile('content/lectures/01-intro.MD', bytes).diagnostics;
    assert.equal(problem?.ruleId, 'file-name');
    assert.equal(problem?.fix, 'rename it to 01-intro.md (names and extensions are lowercase)');
  });
});
