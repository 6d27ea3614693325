import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { LectureData } from '../../src/schemas/lecture.ts';
import { query } from '../helpers/html.ts';
import { fixturePipeline, renderLecture } from '../helpers/markdown.ts';
import { md } from '../helpers/pandoc-syntax.ts';

/** Paragraphs of about one line each, numbered from `from`. */
const paragraphs = (count: number, from = 1) => Array.from({ length: count }, (_, index) => `Paragraph ${from + index} of the section.`).join('\n\n');

/** A slide of `count` one-line paragraphs: each takes about 86 of the 1,024 px a slide's content has. */
const longSlide = (count: number, title = 'A long section') => md(`## ${title}`, '', paragraphs(count));

const summary = (slides: { id: string; title: string; kind: string; line: number }[]) => slides.map(({ id, title, kind, line }) => `${id} | ${title} | ${kind} | ${line}`);

/** Visible text of the reading notes, without the links between views. */
const notesText = (html: string) => query(html.replace(/<a [^>]*class="slide-link"[^>]*>.*?<\/a>/g, '')).text('section').join('');

describe('pagination: a slide too tall for its frame continues on the next slide', () => {
  it('leaves a slide that fits as it is', async () => {
    const { views, messages } = await renderLecture(longSlide(5));
    assert.deepEqual(summary(views.slides), ['a-long-section | A long section | slide | 1']);
    assert.deepEqual(messages, []);
  });

  it('cuts a long slide at paragraphs into parts titled "(cont.)", with ids of their own and no overflow warning', async () => {
    const { views, messages } = await renderLecture(longSlide(24));
    assert.deepEqual(summary(views.slides), [
      'a-long-section | A long section | slide | 1',
      'a-long-section-cont | A long section (cont.) | slide | 23',
      'a-long-section-cont-2 | A long section (cont.) | slide | 43',
    ]);
    assert.deepEqual(messages, []);
    const deck = query(views.deckHtml);
    assert.deepEqual(deck.all('section').map((section) => deck.text(`#${String(section.properties.id)} p`).length), [10, 10, 4]);
    assert.deepEqual(deck.text('section.slide-cont > h2'), ['A long section (cont.)', 'A long section (cont.)']);
    assert.equal(deck.one('#a-long-section-cont a.notes-link')?.properties.href, '../../notes/lecture/#a-long-section-cont');
  });

  it('keeps the reading notes as they are: one heading, the text in order, an anchor where each continuation starts, no second "Show slide"', async () => {
    const source = longSlide(24);
    const paginated = await renderLecture(source);
    const whole = await renderLecture(source, { data: { paginate: false } });
    assert.deepEqual(paginated.views.headings, whole.views.headings);
    assert.equal(notesText(paginated.notesHtml), notesText(whole.notesHtml));
    const notes = query(paginated.notesHtml);
    assert.deepEqual(notes.text('h2'), ['A long section']);
    assert.equal(notes.all('a.slide-link').length, 1);
    assert.deepEqual(notes.all('section.slide-cont').map((section) => section.properties.id), ['a-long-section-cont', 'a-long-section-cont-2']);
  });

  it('gives a continuation the slide’s classes and background, not its timing; a section’s continuation is a plain slide', async () => {
    const { views } = await renderLecture(md('# Part one {.dark background-color="#0b3d91" timing=60}', '', paragraphs(16)));
    const deck = query(views.deckHtml);
    const [first, next] = deck.all('section');
    assert.deepEqual(next?.properties.className, ['slide', 'slide-slide', 'slide-cont', 'dark']);
    assert.equal(next?.properties.dataBackgroundColor, '#0b3d91');
    assert.equal(first?.properties.dataTiming, '60');
    assert.equal(next?.properties.dataTiming, undefined);
    assert.deepEqual(deck.text('section.slide-cont h2'), ['Part one (cont.)']);
    assert.deepEqual(summary(views.slides).map((row) => row.split(' | ')[2]), ['section', 'slide']);
  });

  it('shows the speaker notes of the whole slide on its first part, and keeps each where it was written in the reading notes', async () => {
    const { views, notesHtml } = await renderLecture(md(longSlide(20), '', ':::notes', 'Say this at the end.', ':::'));
    const deck = query(views.deckHtml);
    assert.deepEqual(deck.text('#a-long-section aside.notes'), ['Say this at the end.']);
    assert.equal(deck.all('#a-long-section-cont aside.notes').length, 0);
    const notes = query(notesHtml);
    assert.deepEqual(notes.text('#a-long-section-cont .lecture-notes'), ['Say this at the end.']);
    assert.equal(notes.all('.lecture-notes').length, 1);
  });

  it('never leaves a heading last on a part', async () => {
    const { views } = await renderLecture(md('## Steps', '', paragraphs(9), '', '### The next step', '', paragraphs(4, 10)));
    const deck = query(views.deckHtml);
    assert.deepEqual(deck.text('#steps h3'), []);
    assert.deepEqual(deck.text('#steps-cont h3'), ['The next step']);
  });

  it('fills a part with a pause’s step before going on, and shows the rest at once on the next slide', async () => {
    const { views } = await renderLecture(md('## Steps', '', paragraphs(4), '', '. . .', '', paragraphs(12, 5)));
    const deck = query(views.deckHtml);
    assert.equal(deck.text('#steps .fragment p').length, 6);
    assert.equal(deck.all('#steps-cont .fragment').length, 0);
    assert.equal(deck.text('#steps-cont p').length, 6);
  });

  it('moves a list that fits a slide of its own whole, and cuts one that does not, counting on', async () => {
    const items = (count: number) => Array.from({ length: count }, (_, index) => `${index + 1}. Item ${index + 1}`).join('\n');
    const moved = query((await renderLecture(md('## List', '', paragraphs(8), '', items(8)))).views.deckHtml);
    assert.deepEqual([moved.all('#list li').length, moved.all('#list-cont li').length], [0, 8]);
    const cut = query((await renderLecture(md('## List', '', paragraphs(2), '', items(30)))).views.deckHtml);
    const [first, second] = cut.all('ol');
    assert.equal(second?.properties.start, cut.all('#list li').length + 1);
    assert.ok(first && second);
  });

  it('takes the next free id when a slide already has the continuation’s', async () => {
    const { views } = await renderLecture(md(longSlide(16, 'Long'), '', '## Other {#long-cont}', '', 'Text.'));
    assert.deepEqual(views.slides.map((slide) => slide.id), ['long', 'long-cont-2', 'long-cont']);
  });

  it('is off with paginate: false in the frontmatter, or in course.yaml for every lecture', async () => {
    const off = (await renderLecture(longSlide(24), { data: { paginate: false } as Partial<LectureData> })).views.slides;
    assert.equal(off.length, 1);
    const courseOff = fixturePipeline({ course: { aspect: '16:9', paginate: false } });
    assert.equal((await courseOff(longSlide(24))).views.slides.length, 1);
    assert.equal((await courseOff(longSlide(24), { data: { paginate: true } })).views.slides.length, 3, 'the lecture’s word wins');
  });

  it('leaves slides laid out by their author whole: hidden ones and {.scrollable} ones', async () => {
    const { views } = await renderLecture(md('## Scrolls {.scrollable}', '', paragraphs(24)));
    assert.equal(views.slides.length, 1);
  });

  it('cuts by the deck’s frame: a 4:3 slide holds more', async () => {
    const fourThree = fixturePipeline({ course: { aspect: '4:3', paginate: true } });
    const { views } = await fourThree(longSlide(24));
    assert.equal(views.slides.length, 2);
  });
});
