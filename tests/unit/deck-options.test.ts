import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DECK_DEFAULTS, deckOptions } from '../../src/site/deck-options.ts';
import { courseSchema } from '../../src/schemas/course.ts';
import { lectureSchema } from '../../src/schemas/lecture.ts';

const course = courseSchema.parse({ title: 'C', lecturers: [{ name: 'L' }], reveal: { transition: 'fade', controls: false } });

describe('deck options: defaults, course, lecture', () => {
  it('lets the lecture override the course, and the course the defaults', () => {
    const lecture = lectureSchema.parse({ title: 'T', number: 1, reveal: { transition: 'none' } });
    const options = deckOptions(course, lecture);
    assert.equal(options.transition, 'none');
    assert.equal(options.controls, false);
    assert.equal(options.width, DECK_DEFAULTS.width);
    assert.equal(options.totalTime, undefined);
  });

  it('turns a duration in minutes into reveal.js pacing seconds', () => {
    const lecture = lectureSchema.parse({ title: 'T', number: 1, duration: 50 });
    assert.equal(deckOptions(course, lecture).totalTime, 3000);
  });

  it('rejects reveal options it does not know or values out of range', () => {
    assert.equal(lectureSchema.safeParse({ title: 'T', number: 1, reveal: { width: 800 } }).success, false);
    assert.equal(lectureSchema.safeParse({ title: 'T', number: 1, reveal: { transition: 'spin' } }).success, false);
  });
});
