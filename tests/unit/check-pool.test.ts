import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readLectures } from '../../src/check/check-course.ts';
import { checkLectures } from '../../src/check/check-pool.ts';

describe('content check on several threads', () => {
  it('gives the same checks and renders, in file order, as one thread', async () => {
    const sources = await readLectures('tests/fixtures/good/lectures');
    assert.ok(sources.length >= 2);
    const options = { keepRenders: true, base: '/mlmat/' };
    const alone = await checkLectures(sources, { ...options, workers: 1 });
    const shared = await checkLectures(sources, { ...options, workers: 2 });
    assert.deepEqual(shared.map((check) => check.id), sources.map((source) => source.path.replace(/^.*\/|\.md$/g, '')));
    assert.deepEqual(shared, alone);
    assert.ok(shared.every((check) => check.render?.html.includes('href="/mlmat/')));
  });

  it('reports the same problems, and keeps no render of a lecture with errors', async () => {
    const sources = await readLectures('tests/fixtures/bad-math/lectures');
    const alone = await checkLectures(sources, { keepRenders: true, workers: 1 });
    const shared = await checkLectures(sources, { keepRenders: true, workers: 2 });
    assert.deepEqual(shared, alone);
    assert.ok(shared[0]!.diagnostics.some((diagnostic) => diagnostic.severity === 'error'));
    assert.equal(shared[0]!.render, undefined);
  });
});
