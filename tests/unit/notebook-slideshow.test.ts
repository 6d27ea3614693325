import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { query } from '../helpers/html.ts';
import { compileText } from '../helpers/markdown.ts';

/** A cell as Jupyter saves it, with its slideshow type (RISE's and nbconvert's `metadata.slideshow.slide_type`) if given. */
function cell(cellType: 'markdown' | 'code', source: string, slideType?: string) {
  const lines = source.split('\n').map((line, index, all) => (index < all.length - 1 ? `${line}\n` : line));
  const metadata = slideType ? { slideshow: { slide_type: slideType } } : {};
  const outputs = [{ output_type: 'stream', name: 'stdout', text: ['ran\n'] }];
  return cellType === 'code' ? { cell_type: 'code', metadata, source: lines, execution_count: 1, outputs } : { cell_type: 'markdown', metadata, source: lines };
}

/** A notebook's text with these cells. */
function notebook(cells: ReturnType<typeof cell>[], frontmatter?: string): string {
  const first = frontmatter ? [{ cell_type: 'raw', metadata: {}, source: [`---\n${frontmatter}\n---`] }] : [];
  return JSON.stringify({ cells: [...first, ...cells], metadata: { kernelspec: { language: 'python' } }, nbformat: 4, nbformat_minor: 5 }, null, 1);
}

const compile = (text: string) => compileText(text, 'content/lectures/05-show.ipynb');

/** The line of a text that holds a string. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;

const SLIDESHOW = [
  cell('markdown', 'Setting up; not for the audience.', 'skip'),
  cell('markdown', '# A show\n\nWhat it is about.', 'slide'),
  cell('markdown', '## First\n\nThe first slide.\n\n## Not a slide\n\nStill the first slide.', 'slide'),
  cell('code', 'print("ran")', '-'),
  cell('markdown', 'Shown a step later.', 'fragment'),
  cell('markdown', 'And with it.'),
  cell('markdown', 'Say this now.', 'notes'),
  cell('markdown', 'Under the first in Jupyter; the next slide here.', 'subslide'),
  cell('code', 'print("backstage")', 'skip'),
];

describe('a notebook with a slideshow is cut as its metadata says (nbconvert’s rules)', () => {
  it('starts a slide at each slide and subslide cell, titled by its first heading, and nowhere else', async () => {
    const lecture = await compile(notebook(SLIDESHOW));
    assert.deepEqual(lecture.diagnostics, []);
    assert.deepEqual(lecture.slides.map((slide) => [slide.id, slide.title, slide.kind]), [
      ['a-show', 'A show', 'section'],
      ['first', 'First', 'slide'],
      ['first-1', '', 'continuation'],
    ]);
    assert.equal(lecture.data?.title, 'A show');
  });

  it('makes fragment cells a step (with the cells after them), notes cells speaker notes, and leaves skip cells to the reading notes', async () => {
    const lecture = await compile(notebook(SLIDESHOW));
    const deck = query(lecture.slides.map((slide) => slide.html).join('\n'));
    assert.deepEqual(deck.text('#first .fragment p'), ['Shown a step later.', 'And with it.']);
    assert.deepEqual(deck.text('#first aside.notes'), ['Say this now.']);
    assert.deepEqual(deck.text('#first h2'), ['First', 'Not a slide']);
    assert.doesNotMatch(lecture.slides.map((slide) => slide.html).join(''), /Setting up|backstage/);
    const notes = query(lecture.notesHtml);
    assert.match(notes.text('section')[0]!, /Setting up; not for the audience\./);
    assert.deepEqual(notes.text('.lecture-notes'), ['Say this now.']);
    assert.deepEqual(notes.text('pre.cell-stdout'), ['ran', 'ran']);
  });

  it('is not paginated, since its author cut it, unless its frontmatter says so', async () => {
    const long = Array.from({ length: 24 }, (_, index) => `Paragraph ${index + 1}.`).join('\n\n');
    const cells = [cell('markdown', `## Long\n\n${long}`, 'slide')];
    assert.equal((await compile(notebook(cells, 'title: Long'))).slides.length, 1);
    assert.equal((await compile(notebook(cells, 'title: Long\npaginate: true'))).slides.length, 3);
  });

  it('writes its slides so the notebook’s own ::: blocks stay inside them', async () => {
    const lecture = await compile(notebook([
      cell('markdown', '# Boxes', 'slide'),
      cell('markdown', '::::{note}\nA note.\n::::'),
      cell('markdown', ':::{tip}\nA tip.\n:::'),
    ]));
    assert.deepEqual(lecture.diagnostics, []);
    assert.deepEqual(lecture.slides.map((slide) => slide.id), ['boxes']);
    assert.equal(lecture.slides[0]!.kind, 'section');
    assert.equal(query(lecture.slides[0]!.html).all('.callout').length, 2);
  });

  it('reports problems at the notebook’s own lines', async () => {
    const text = notebook([cell('markdown', '## Pictures', 'slide'), cell('markdown', 'Look:\n\n![](figures/none.png)', 'fragment')], 'title: Pictures');
    const lecture = await compile(text);
    assert.deepEqual(lecture.diagnostics.map((diagnostic) => [diagnostic.line, diagnostic.ruleId]), [[lineOf(text, '![](figures/none.png)'), 'image-alt'], [lineOf(text, '![](figures/none.png)'), 'image-missing']]);
  });

  it('leaves a notebook without slideshow types (or with `-` only) to be cut by its headings', async () => {
    const lecture = await compile(notebook([cell('markdown', '## One\n\nText.\n\n## Two\n\nMore.', '-')], 'title: Headings'));
    assert.deepEqual(lecture.slides.map((slide) => slide.id), ['one', 'two']);
  });
});
