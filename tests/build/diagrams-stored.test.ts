import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { toHtml } from 'hast-util-to-html';
import { buildCourse, copyCourse } from '../helpers/build-run.ts';
import { query } from '../helpers/html.ts';
import { withoutPython } from '../helpers/no-python.ts';

/** A machine with neither Chromium nor Python: PATH holds only node, npm and sh, and CHROME_PATH points nowhere. */
const HIDDEN = { ...withoutPython(), CHROME_PATH: '/nonexistent/chromium' };

/** A lecture whose only diagram stands inside a MyST note (the fence opens on line 9). */
const lecture = (flow: string) => `---
title: A diagram
number: 3
---

## A note with a diagram

\`\`\`\`{note}
\`\`\`{mermaid alt="Data goes into a model"}
flowchart ${flow}
  data[Data] --> model[Model]
\`\`\`
\`\`\`\`
`;

const notes = (outDir: string, id: string) => readFileSync(join(outDir, 'notes', id, 'index.html'), 'utf8');
/** The lecture's text on its notes page (the page around it says when the file changed). */
const lectureBody = (html: string) => toHtml(query(html).one('.lecture-body')!);
const stored = (contentDir: string, id: string) => {
  const dir = join(contentDir, '_freeze', 'diagrams', id);
  return existsSync(dir) ? readdirSync(dir).sort() : [];
};

describe('drawn diagrams stored in the course folder', () => {
  const contentDir = copyCourse('tests/fixtures/good');
  const file = join(contentDir, 'lectures', '03-diagram.md');
  writeFileSync(file, lecture('LR'));
  let drawnNotes = '';

  it('stops a build without Chromium at a diagram not stored yet: one error at its fence, saying how to get Chromium', () => {
    const run = buildCourse(contentDir, [], undefined, HIDDEN);
    assert.notEqual(run.status, 0);
    const located = run.output.split('\n').filter((line) => line.includes(`${file}:`));
    assert.equal(located.length, 1, run.output);
    assert.match(located[0]!, /03-diagram\.md:9:1 error This diagram has no stored drawing .*CHROME_PATH points to \/nonexistent\/chromium.* — install Chromium \(Debian\/Ubuntu: `apt-get install -y chromium`\) or set CHROME_PATH.*\[diagram-not-drawn\]$/);
    assert.doesNotMatch(run.output, /^\s+at /m, 'no stack trace');
    assert.deepEqual(stored(contentDir, '03-diagram'), []);
  });

  it('draws it with Chromium, inside the MyST note, and stores a light and a dark SVG beside the frozen outputs', () => {
    const run = buildCourse(contentDir);
    assert.equal(run.status, 0, run.output);
    drawnNotes = notes(run.outDir, '03-diagram');
    assert.ok(query(drawnNotes).one('.callout-note svg.diagram-light[aria-label="Data goes into a model"] + svg.diagram-dark'), 'drawn in the note');
    assert.doesNotMatch(drawnNotes, /<code[^>]*>.*flowchart/s, 'not left as code');
    assert.deepEqual(stored(contentDir, '03-diagram').map((name) => name.replace(/^[0-9a-f]{20}/, 'KEY')), ['KEY-dark.svg', 'KEY-light.svg']);
  });

  it('builds a copy of the course from its stored drawings on a machine without Chromium or Python', () => {
    const copy = copyCourse(contentDir);
    const run = buildCourse(copy, [], undefined, HIDDEN);
    assert.equal(run.status, 0, run.output);
    assert.equal(lectureBody(notes(run.outDir, '03-diagram')), lectureBody(drawnNotes));
  });

  it('keeps only the drawings a lecture uses, and none of a lecture that is gone', () => {
    const before = stored(contentDir, '03-diagram');
    writeFileSync(file, lecture('TD'));
    assert.equal(buildCourse(contentDir).status, 0);
    const after = stored(contentDir, '03-diagram');
    assert.equal(after.length, 2);
    assert.deepEqual(after.filter((name) => before.includes(name)), [], 'the old drawing is gone');
    rmSync(file);
    assert.equal(buildCourse(contentDir).status, 0);
    assert.equal(existsSync(join(contentDir, '_freeze', 'diagrams', '03-diagram')), false);
  });
});

describe('the shipped course', () => {
  it('builds on a machine without Chromium or Python, every diagram from its stored drawing', () => {
    const contentDir = copyCourse('content');
    const before = stored(contentDir, '01-introduction');
    assert.ok(before.length > 0, 'content/_freeze/diagrams holds the drawings');
    const run = buildCourse(contentDir, [], undefined, HIDDEN);
    assert.equal(run.status, 0, run.output);
    const drawn = query(notes(run.outDir, '01-introduction')).all('button.zoomable > svg.diagram-light + svg.diagram-dark');
    assert.equal(drawn.length, before.length / 2, 'each diagram drawn (a light and a dark file each)');
    assert.deepEqual(stored(contentDir, '01-introduction'), before, 'nothing drawn, nothing pruned');
  });
});
