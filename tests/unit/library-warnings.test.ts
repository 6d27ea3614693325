import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileLecture } from '../../src/compile/compile-lecture.ts';
import { readCourseFolder } from '../../src/course-files/read-course.ts';

describe('libraries print nothing of their own while lectures compile', () => {
  for (const folder of ['tests/fixtures/quarto', 'tests/fixtures/good', 'content']) {
    it(`${folder}: every warning is a located diagnostic, none a console line without file:line`, async () => {
      const { context, sources } = await readCourseFolder({ contentDir: folder });
      assert.ok(context && sources.length > 0);
      const printed: string[] = [];
      const saved = { warn: console.warn, error: console.error, log: console.log };
      for (const name of ['warn', 'error', 'log'] as const) console[name] = (...args: unknown[]) => void printed.push(args.join(' '));
      try {
        for (const source of sources) await compileLecture(source, context);
      } finally {
        Object.assign(console, saved);
      }
      assert.deepEqual(printed, []);
    });
  }
});
