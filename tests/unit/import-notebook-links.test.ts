import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { courseSchema } from '../../src/schemas/course.ts';
import { notebookLinks } from '../../src/site/notebook-links.ts';

const course = (extra: Record<string, unknown>) =>
  courseSchema.parse({ title: 'C', lecturers: [{ name: 'L' }], repository: 'https://github.com/owner/book', ...extra });

describe('Colab and Binder links of an imported notebook', () => {
  it('open the notebook at its path in the lecturer’s repository, not the renamed copy', () => {
    const links = notebookLinks(course({ notebookPaths: { '01-introduction': 'book/Lecture 1.ipynb' } }), 'content/lectures/01-introduction.ipynb');
    assert.deepEqual(links, {
      colab: 'https://colab.research.google.com/github/owner/book/blob/main/book/Lecture%201.ipynb',
      binder: 'https://mybinder.org/v2/gh/owner/book/main?labpath=book%2FLecture%201.ipynb',
    });
  });

  it('keep the lecture’s own path when the map does not name it', () => {
    const links = notebookLinks(course({ notebookPaths: { '02-other': 'Lecture2.ipynb' } }), 'content/lectures/01-introduction.ipynb');
    assert.equal(links?.colab, 'https://colab.research.google.com/github/owner/book/blob/main/content/lectures/01-introduction.ipynb');
  });

  it('are validated in course.yaml: a lecture id to a path inside the repository', () => {
    for (const notebookPaths of [{ Lecture1: 'Lecture1.ipynb' }, { '01-a': '../Lecture1.ipynb' }, { '01-a': '/abs.ipynb' }]) {
      assert.equal(courseSchema.safeParse({ title: 'C', lecturers: [{ name: 'L' }], notebookPaths }).success, false, JSON.stringify(notebookPaths));
    }
  });
});

describe('course.yaml execute', () => {
  it('notebooks: off is read; the default runs what is missing or stale', () => {
    assert.deepEqual(course({ execute: { notebooks: 'off' } }).execute, { notebooks: 'off' });
    assert.deepEqual(course({}).execute, { notebooks: 'auto' });
    assert.equal(courseSchema.safeParse({ title: 'C', lecturers: [{ name: 'L' }], execute: { notebooks: 'force' } }).success, false);
  });
});
