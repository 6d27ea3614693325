import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deckOptions } from '../../src/site/deck-options.ts';
import { courseSchema } from '../../src/schemas/course.ts';
import { lectureSchema } from '../../src/schemas/lecture.ts';

const course = courseSchema.parse({ title: 'C', lecturers: [{ name: 'L' }], reveal: { transition: 'fade', controls: false } });

describe('deck options: defaults, course, lecture', () => {
  it('lets the lecture override the course, and the course the defaults', () => {
    const lecture = lectureSchema.parse({ title: 'T', number: 1, reveal: { transition: 'none' } });
    const options = deckOptions(course, lecture);
    assert.equal(options.transition, 'none');
    assert.equal(options.controls, false);
    assert.deepEqual([options.width, options.height], [1920, 1080], 'a 16:9 frame unless the course or lecture says');
    assert.equal(options.totalTime, undefined);
  });

  it('gives the frame the course’s aspect, or the shape of a Quarto lecture’s width and height, 1920 pixels wide', () => {
    const frame = (courseAspect: string, data: Record<string, unknown> = {}) => {
      const options = deckOptions(courseSchema.parse({ title: 'C', lecturers: [{ name: 'L' }], aspect: courseAspect }), lectureSchema.parse({ title: 'T', number: 1, ...data }));
      return [options.width, options.height];
    };
    assert.deepEqual(frame('4:3'), [1920, 1440]);
    assert.deepEqual(frame('16:10'), [1920, 1200]);
    assert.deepEqual(frame('16:9', { format: { revealjs: { width: 1024, height: 768 } } }), [1920, 1440], 'a 4:3 Quarto deck stays 4:3');
    assert.deepEqual(frame('4:3', { format: { revealjs: { width: 1600 } } }), [1920, 840], 'the height not given is Quarto’s 700');
  });

  it('refuses an aspect it does not offer, and a Quarto size that is no landscape slide', () => {
    assert.equal(courseSchema.safeParse({ title: 'C', lecturers: [{ name: 'L' }], aspect: '3:2' }).success, false);
    const quarto = (size: Record<string, number>) => lectureSchema.safeParse({ title: 'T', number: 1, format: { revealjs: size } });
    assert.equal(quarto({ width: 700, height: 1000 }).success, false, 'portrait');
    assert.equal(quarto({ width: 3000, height: 700 }).success, false, 'wider than 5:2');
    assert.match(quarto({ height: 1200 }).error?.issues[0]?.message ?? '', /landscape/);
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
