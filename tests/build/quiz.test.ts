import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { toString } from 'hast-util-to-string';
import { buildCourse } from '../helpers/build-run.ts';
import { runCheck } from '../helpers/check-run.ts';
import { query } from '../helpers/html.ts';
import { indexedPages } from '../helpers/search-fragments.ts';

/** A course with a single- and a multiple-answer question, one with an explanation and one without. */
const QUIZ_FIXTURE = 'tests/fixtures/quiz';
const NOTES = 'notes/01-self-check/';
const DECK = 'slides/01-self-check/';
const EXPLANATION = 'Regression predicts a number';

describe('self-check questions, built (tests/fixtures/quiz)', () => {
  let outDir = '';
  const page = (path: string) => query(readFileSync(join(outDir, path, 'index.html'), 'utf8'));

  before(() => {
    const run = buildCourse(QUIZ_FIXTURE);
    assert.equal(run.status, 0, run.output);
    outDir = run.outDir;
  });
  after(() => rmSync(outDir, { recursive: true, force: true }));

  it('passes the strict content check: no error, no warning (each question fits its slide)', async () => {
    const { status, output } = await runCheck(QUIZ_FIXTURE, ['--strict']);
    assert.equal(status, 0, output);
  });

  it('notes: a form per question, radio buttons for one right answer and checkboxes for several', () => {
    const notes = page(NOTES);
    assert.deepEqual(notes.all('div.quiz').map((form) => [String(form.properties.className), form.properties.dataQuizKey]), [['quiz,quiz-single', '2'], ['quiz,quiz-multiple', '1 3']]);
    assert.deepEqual(notes.all('div.quiz input').map((input) => input.properties.type), ['radio', 'radio', 'radio', 'checkbox', 'checkbox', 'checkbox']);
    assert.equal(notes.all('div.quiz button[type="submit"]').length, 2);
  });

  it('notes: load no script up front; the quiz code is a file of the build, named for the controls to load on use', () => {
    const notes = page(NOTES);
    assert.deepEqual(notes.all('script[src], link[rel="modulepreload"]'), []);
    assert.equal(notes.all('script').length, 1, 'only the line that applies the saved theme');
    const script = String(notes.one('[data-quiz-script]')?.properties.dataQuizScript);
    assert.ok(existsSync(join(outDir, script)), script);
    assert.match(readFileSync(join(outDir, script), 'utf8'), /quiz-check/);
  });

  it('notes: end with the answer key, after the lecture, for print', () => {
    const notes = page(NOTES);
    const body = notes.one('.lecture-body')!;
    const last = body.children.filter((child) => child.type === 'element').at(-1);
    assert.ok(last?.type === 'element' && String(last.properties.className) === 'quiz-answer-key');
    assert.deepEqual(notes.text('.quiz-answer-key .quiz-answer > p:nth-child(2)'), ['Answer: Regression', 'Answers: Recall; Precision']);
  });

  it('deck: the questions without inputs, one step each, and the answer key as the last slide', () => {
    const deck = page(DECK);
    assert.equal(deck.all('.reveal div.quiz').length, 2);
    assert.equal(deck.all('.reveal :is(input, button.quiz-check)').length, 0);
    assert.equal(deck.all('.reveal div.quiz .fragment').length, 2);
    const last = deck.all('.reveal .slides > section').at(-1)!;
    assert.equal(last.properties.id, 'answer-key');
    assert.match(toString(last), /Question 1:.*Answer: Regression.*Question 2:.*Answers: Recall; Precision/s);
  });

  it('search: finds each question by its prompt, but no option (Pagefind reads no label), mark, explanation or key', () => {
    const fragments = indexedPages(outDir);
    const notes = fragments.find((fragment) => fragment.url === `/${NOTES}`);
    const slide = fragments.find((fragment) => fragment.url === `/${DECK}#/supervised-learning`);
    for (const fragment of [notes, slide]) {
      assert.match(fragment?.content ?? '', /Which task predicts a continuous value\?/);
      assert.doesNotMatch(fragment?.content ?? '', new RegExp(`${EXPLANATION}|Regression|right answer|Answer key|Answer:|\\bCheck\\b`));
    }
    assert.match(notes?.content ?? '', /Which of these measure how well a classifier finds the positive class\?/);
    assert.ok(!fragments.some((fragment) => fragment.url.includes('answer-key')), 'the answer-key slide is not a search result');
  });
});
