import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { query } from '../helpers/html.ts';
import { renderLecture } from '../helpers/markdown.ts';
import { md } from '../helpers/pandoc-syntax.ts';

/** Every problem reported, as `line rule-id`, errors only. */
const errorsOf = async (markdown: string) => (await renderLecture(markdown)).messages
  .filter((message) => message.fatal).map((message) => `${message.line} ${message.ruleId}`);

/** A slide holding one question written with `body` (lines) inside `::: {.quiz}`. */
const question = (...body: string[]) => md('## A slide', '', '::: {.quiz}', ...body, ':::');

describe('self-check questions: how they are written', () => {
  it('reads the Pandoc spelling and the project’s own, with or without an explanation', async () => {
    const { notesHtml, messages } = await renderLecture(md(
      '## A slide', '',
      '::: {.quiz}', 'Which task predicts a continuous value?', '', '- [ ] Classification', '- [x] Regression', '',
      '::: {.explanation}', 'Regression predicts a number.', ':::', ':::', '',
      '## Another slide', '',
      '::::quiz', 'Which measure a classifier?', '', '- [X] Recall', '- [ ] Mean squared error', '- [x] Precision', '', ':::explanation', 'Both count the positive class.', ':::', '::::', '',
      '## A third slide', '',
      ':::quiz', 'Two options, no explanation?', '', '1. [x] Yes', '2. [ ] No', ':::',
    ));
    assert.deepEqual(messages.map(String), []);
    const page = query(notesHtml);
    assert.deepEqual(page.all('div.quiz').map((form) => [String(form.properties.className), form.properties.dataQuizKey]), [
      ['quiz,quiz-single', '2'], ['quiz,quiz-multiple', '1 3'], ['quiz,quiz-single', '1'],
    ]);
    assert.deepEqual(page.text('div.quiz legend'), ['Question 1 Which task predicts a continuous value?', 'Question 2 Which measure a classifier? Choose all that apply.', 'Question 3 Two options, no explanation?']);
    assert.deepEqual(page.text('div.quiz .quiz-explanation'), ['Regression predicts a number.', 'Both count the positive class.']);
    assert.ok(page.one('div.quiz ol.quiz-options'), 'a numbered list of options stays numbered');
  });

  it('keeps the prompt’s code and maths with the prompt, and renders maths in the options', async () => {
    const { notesHtml, messages } = await renderLecture(question('What does this print?', '', '```python', 'print(2 ** 3)', '```', '', '- [x] $2^3$', '- [ ] $3^2$'));
    assert.deepEqual(messages.map(String), []);
    const page = query(notesHtml);
    assert.ok(page.one('fieldset > legend + .code-block pre code'), 'the code follows the legend, before the options');
    assert.equal(page.all('.quiz-option-text .katex').length, 2);
  });

  for (const [what, body, expected] of [
    ['no right answer', ['Which?', '', '- [ ] One', '- [ ] Two'], ['6 quiz-no-answer']],
    ['no options', ['Which?', '', 'One or two.'], ['3 quiz-no-options']],
    ['options without the question', ['- [x] One', '- [ ] Two'], ['3 quiz-syntax']],
    ['a plain list item among the options', ['Which?', '', '- [x] One', '- Two'], ['7 quiz-syntax']],
    ['a box written without its space', ['Which?', '', '- [x] One', '- [ ]Two'], ['7 quiz-syntax']],
    ['one option only', ['Which?', '', '- [x] One'], ['6 quiz-syntax']],
    ['an option of two paragraphs', ['Which?', '', '- [x] One', '', '  More about one.', '', '- [ ] Two'], ['6 quiz-syntax']],
    ['stray text after the options', ['Which?', '', '- [x] One', '- [ ] Two', '', 'And another thing.'], ['9 quiz-syntax']],
    ['the explanation before the options', ['Which?', '', '::: {.explanation}', 'Why.', ':::', '', '- [x] One', '- [ ] Two'], ['6 quiz-syntax']],
    ['two explanations', ['Which?', '', '- [x] One', '- [ ] Two', '', '::: {.explanation}', 'Why.', ':::', '', '::: {.explanation}', 'Why not.', ':::'], ['13 quiz-syntax']],
    ['an empty explanation', ['Which?', '', '- [x] One', '- [ ] Two', '', '::: {.explanation}', ':::'], ['9 quiz-syntax']],
    ['a question inside a question', ['Which?', '', '- [x] One', '- [ ] Two', '', '::: {.quiz}', 'Inner?', '', '- [x] A', '- [ ] B', ':::'], ['9 quiz-syntax']],
    ['an attribute no question reads', [], ['3 unknown-attribute']],
  ] as const) {
    it(`reports ${what} at its line, with what to write instead`, async () => {
      const markdown = body.length > 0 ? question(...body) : md('## A slide', '', '::: {.quiz shuffle=true}', 'Which?', '', '- [x] One', '- [ ] Two', ':::');
      assert.deepEqual(await errorsOf(markdown), expected);
      const { messages } = await renderLecture(markdown);
      for (const message of messages) assert.ok(message.note && message.note.length > 10, `${message.reason} says what to do: ${message.note}`);
    });
  }

  it('reports a misspelt class as a typo, and an unclosed question as the rest of the file swallowed', async () => {
    assert.deepEqual(await errorsOf(md('## A', '', '::: {.quizz}', 'Which?', '', '- [x] One', '- [ ] Two', ':::')), ['3 unknown-directive']);
    assert.deepEqual(await errorsOf(md('## A', '', '::: {.quiz}', 'Which?', '', '- [x] One', '- [ ] Two', '', '## B', '', 'text')), ['3 unclosed-directive']);
  });

  it('reports an explanation outside a question, and a question in speaker notes', async () => {
    assert.deepEqual(await errorsOf(md('## A', '', '::: {.explanation}', 'Why.', ':::')), ['3 quiz-syntax']);
    assert.deepEqual(await errorsOf(md('## A', '', 'Text.', '', ':::notes', '::: {.quiz}', 'Which?', '', '- [x] One', '- [ ] Two', ':::', ':::')), ['6 quiz-syntax']);
  });

  it('says which option is wrong, and how to write it', async () => {
    const { messages } = await renderLecture(question('Which?', '', '- [x] One', '- Two'));
    assert.equal(messages[0]?.reason, 'Option "Two" is not marked right or wrong');
    assert.match(String(messages[0]?.note), /- \[ \] a wrong answer.*- \[x\] a right one/);
  });
});
