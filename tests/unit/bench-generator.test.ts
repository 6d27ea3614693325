import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toSeparatedSlides } from '../../scripts/bench/anchors.ts';
import { generateLecture, random } from '../../scripts/bench/generate.ts';
import { compileLecture } from '../../src/compile/compile-lecture.ts';
import { readCourseFolder } from '../../src/course-files/read-course.ts';

describe('benchmark course generator', () => {
  it('is deterministic from its seed', () => {
    assert.equal(generateLecture(1, 40, random(7)), generateLecture(1, 40, random(7)));
    assert.notEqual(generateLecture(1, 40, random(7)), generateLecture(1, 40, random(8)));
  });

  it('writes the requested number of slides, with maths, code, tables, notes and citations', () => {
    const lecture = generateLecture(3, 40, random(1));
    assert.equal(lecture.match(/^## /gm)?.length, 40);
    for (const feature of [/^\$\$$/m, /^```python$/m, /^\| Property/m, /^:::notes$/m, /\[@\w+\]/]) assert.match(lecture, feature);
  });

  it('produces lectures the content check accepts without errors', async () => {
    const text = generateLecture(1, 40, random(3));
    const { diagnostics } = await compileLecture({ path: 'bench/01-lecture-1.md', bytes: new TextEncoder().encode(text) }, (await readCourseFolder({ contentDir: 'content' })).context!);
    assert.deepEqual(diagnostics.filter((d) => d.severity === 'error'), []);
  });

  it('converts a lecture to the anchors’ --- separated syntax with notes as comments', () => {
    const converted = toSeparatedSlides(generateLecture(1, 5, random(2)), 'marp: true');
    // Six slides (a section slide and five slides): the headmatter's closing line and five separators.
    assert.equal(converted.match(/\n---\n/g)?.length, 6);
    assert.doesNotMatch(converted, /:::notes/);
    assert.match(converted, /<!--/);
  });
});
