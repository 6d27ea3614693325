import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Element } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { answerKeySection, answerKeySlides } from '../../src/markdown/quiz-answer-key.ts';
import { query } from '../helpers/html.ts';
import { renderLecture } from '../helpers/markdown.ts';
import { md } from '../helpers/pandoc-syntax.ts';

const LECTURE = md(
  '## Supervised learning', '',
  '::: {.quiz}', 'Which task predicts a *continuous* value?', '', '- [ ] Classification', '- [x] Regression', '',
  '::: {.explanation}', 'Regression predicts a number.', ':::', ':::', '',
  ':::notes', 'Ask the room first.', ':::', '',
  '## Judging a classifier', '',
  '::: {.quiz}', 'Which measure how well a classifier finds the positive class?', '', '- [x] Recall', '- [ ] Mean squared error', '- [x] Precision', ':::',
);

/** Text a reader is shown, without what CSS or the views keep off the screen until answered. */
const visibleText = (element: Element) => toString(element).replace(/\s+/g, ' ');

describe('self-check questions in the notes', async () => {
  const { notesHtml, messages } = await renderLecture(LECTURE);
  const page = query(notesHtml);

  it('compiles the lecture without a problem', () => assert.deepEqual(messages.map(String), []));

  it('is a form: a fieldset whose legend is the prompt, an input in each option’s label, a Check button and a live region', () => {
    const [single, multiple] = page.all('div.quiz');
    assert.ok(single && multiple);
    assert.deepEqual(page.text('div.quiz > fieldset > legend:first-child'), ['Question 1 Which task predicts a continuous value?', 'Question 2 Which measure how well a classifier finds the positive class? Choose all that apply.']);
    const inputs = (form: Element) => selectAll('fieldset label input', form).map((input) => [input.properties.type, input.properties.name, input.properties.value]);
    assert.deepEqual(inputs(single), [['radio', 'quiz-1', '1'], ['radio', 'quiz-1', '2']]);
    assert.deepEqual(inputs(multiple), [['checkbox', 'quiz-2', '1'], ['checkbox', 'quiz-2', '2'], ['checkbox', 'quiz-2', '3']]);
    assert.deepEqual(page.text('div.quiz label .quiz-option-text'), ['Classification', 'Regression', 'Recall', 'Mean squared error', 'Precision']);
    assert.deepEqual(page.all('div.quiz button').map((button) => [button.properties.type, toString(button)]), [['submit', 'Check'], ['submit', 'Check']]);
    assert.equal(page.all('div.quiz [role="status"] .quiz-result').length, 2);
  });

  it('checks the answer in the page: a form owns each question’s controls and handles its submit, and the controls load the quiz code', () => {
    for (const quiz of page.all('div.quiz')) {
      const [form, ...others] = selectAll('form', quiz);
      assert.ok(form && others.length === 0);
      assert.match(String(form.properties.onSubmit), /^event\.preventDefault\(\);/);
      assert.deepEqual(form.children, [], 'the form holds nothing: search indexes no form’s content');
      assert.ok(selectAll('input, button', quiz).every((control) => control.properties.form === form.properties.id));
      assert.match(String(quiz.properties.onMouseEnter), /data-quiz-script/);
    }
    assert.deepEqual(page.all('form').map((form) => form.properties.id), ['quiz-1-form', 'quiz-2-form']);
    assert.ok(page.all('div.quiz :is(input, button)').every((control) => /data-quiz-script/.test(String(control.properties.onFocus))));
  });

  it('shows no right answer before the reader answers: the key is data, the explanation waits in the live region', () => {
    assert.deepEqual(page.all('div.quiz').map((form) => form.properties.dataQuizKey), ['2', '1 3']);
    for (const form of page.all('div.quiz')) assert.doesNotMatch(visibleText(form), /right|correct|✓/i);
    assert.equal(page.all('.quiz-mark').length, 0, 'the slides’ marks are not in the notes');
    const explanation = page.one('div.quiz [role="status"] > .quiz-explanation');
    assert.ok(explanation && explanation.properties.dataPagefindIgnore === '', 'kept out of the search index');
  });

  it('keeps a stable id per question, from its text, for the answers a browser saves', async () => {
    const again = query((await renderLecture(md('## Other', '', 'Text first.', '', LECTURE.slice(LECTURE.indexOf('::: {.quiz}'))))).notesHtml);
    assert.deepEqual(again.all('div.quiz').map((form) => form.properties.dataQuizId), page.all('div.quiz').map((form) => form.properties.dataQuizId));
    assert.match(String(page.one('div.quiz')!.properties.dataQuizId), /^[0-9a-f]{16}$/);
  });

  it('gets an answer key for its end, kept out of search: prompts, right options, explanations, without the questions’ ids', () => {
    assert.equal(page.all('.quiz-answer-key').length, 0, 'not in the lecture’s own HTML: the page adds it');
    const key = query(answerKeySection(notesHtml));
    assert.equal(key.one('section.quiz-answer-key')?.properties.dataPagefindIgnore, '');
    assert.deepEqual(key.text('section.quiz-answer-key > h2'), ['Answer key']);
    assert.deepEqual(key.all('.quiz-answer').map((answer) => selectAll('p', answer).map((paragraph) => toString(paragraph))), [
      ['Question 1: Which task predicts a continuous value?', 'Answer: Regression', 'Regression predicts a number.'],
      ['Question 2: Which measure how well a classifier finds the positive class?', 'Answers: Recall; Precision'],
    ]);
    assert.deepEqual(key.text('.quiz-answer:first-child > p:first-child em'), ['continuous'], 'the prompt keeps its emphasis');
    assert.equal(answerKeySection('<section class="slide"><p>No questions</p></section>'), '');
  });

  it('copies a question into the key without its ids, so each id stays once on the page', async () => {
    const cited = await renderLecture(md('## A', '', '::: {.quiz}', 'Which? [A link]{#here}', '', '- [x] One', '- [ ] Two', ':::'));
    assert.match(cited.notesHtml, /id="here"/);
    assert.doesNotMatch(answerKeySection(cited.notesHtml), /id=/);
  });
});

describe('self-check questions on the slides', async () => {
  const { views } = await renderLecture(LECTURE);
  const deck = query(views.deckHtml);

  it('shows the prompt and options, without inputs or a Check button', () => {
    assert.deepEqual(deck.text('div.quiz legend'), ['Question 1 Which task predicts a continuous value?', 'Question 2 Which measure how well a classifier finds the positive class? Choose all that apply.']);
    assert.equal(deck.all('div.quiz :is(input, button, .quiz-result, .quiz-verdict)').length, 0);
  });

  it('has one fragment step per question, which the right options’ marks and the explanation wait for', () => {
    assert.equal(deck.all('div.quiz .fragment').length, 2);
    assert.equal(deck.all('div.quiz > fieldset > .quiz-step.fragment[aria-hidden="true"]').length, 2);
    assert.deepEqual(deck.all('.quiz-mark').map((mark) => [toString(mark), mark.properties.dataPagefindIgnore]), [['right answer', ''], ['right answer', ''], ['right answer', '']]);
    assert.deepEqual(deck.all('.quiz-option:has(.quiz-mark) .quiz-option-text').map((option) => toString(option).replace('right answer', '')), ['Regression', 'Recall', 'Precision']);
    assert.deepEqual(deck.text('div.quiz .quiz-explanation'), ['Regression predicts a number.']);
  });

  it('leaves the speaker notes as they were, outside the question', () => {
    assert.deepEqual(deck.text('section#supervised-learning > aside.notes'), ['Ask the room first.']);
    assert.equal(deck.all('div.quiz aside.notes').length, 0);
  });

  it('gets answer-key slides from its questions, a few each, for the end of the deck', () => {
    const slides = query(answerKeySlides(views.deckHtml));
    assert.deepEqual(slides.all('section.slide').map((section) => [section.properties.id, section.properties.ariaLabel]), [['answer-key', 'Answer key']]);
    assert.deepEqual(slides.text('section.slide .quiz-answer > p:nth-child(2)'), ['Answer: Regression', 'Answers: Recall; Precision'], 'without the slides’ marks');
    const many = query(answerKeySlides(`${views.deckHtml}${views.deckHtml}`));
    assert.deepEqual(many.all('section.slide').map((section) => [section.properties.id, toString(section.children[0] as Element)]), [
      ['answer-key', 'Answer key (1/2)'], ['answer-key-2', 'Answer key (2/2)'],
    ]);
    assert.equal(answerKeySlides('<section class="slide"><p>No questions</p></section>'), '');
  });
});
