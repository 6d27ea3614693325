import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { query } from '../helpers/html.ts';
import { renderLecture } from '../helpers/markdown.ts';
import { md } from '../helpers/pandoc-syntax.ts';

/** The errors of a lecture, as `line rule-id`, and both views' HTML. */
async function render(markdown: string) {
  const { messages, notesHtml, views } = await renderLecture(markdown);
  return { errors: messages.filter((message) => message.fatal).map((message) => `${message.line} ${message.ruleId}`), notesHtml, deckHtml: views.deckHtml };
}

describe('self-check questions and the lecture’s HTML policy', () => {
  it('brings its own form, inputs and button past the policy, which a lecture may not write', async () => {
    const { errors, notesHtml } = await render(md('## A', '', '::: {.quiz}', 'Which?', '', '- [x] One', '- [ ] Two', ':::'));
    assert.deepEqual(errors, []);
    const page = query(notesHtml);
    assert.ok(page.one('div.quiz > fieldset > legend') && page.all('div.quiz label > .quiz-control > input[type="radio"]').length === 2 && page.one('div.quiz button[type="submit"]'));
    assert.doesNotMatch(notesHtml, /data-held/, 'every stand-in was replaced');
  });

  for (const [what, html] of [
    ['an input of any type but the task list’s checkbox', '<input type="radio" name="q" value="1">'],
    ['a text input', '<input type="text">'],
    ['a button', '<button>Check</button>'],
    ['a form', '<form><p>Which?</p></form>'],
    ['a fieldset with its legend', '<fieldset><legend>Which?</legend></fieldset>'],
    ['a label', '<label>One</label>'],
  ] as const) {
    it(`keeps ${what} typed into a lecture an error, and out of the page`, async () => {
      const { errors, notesHtml, deckHtml } = await render(md('## A', '', html));
      assert.deepEqual(errors, ['3 html-not-allowed']);
      for (const page of [notesHtml, deckHtml]) assert.doesNotMatch(page, /type="(radio|text)"|<(button|form|fieldset|legend|label)\b/);
    });
  }

  it('checks what the lecturer wrote inside a question like the rest of the lecture', async () => {
    const { errors, notesHtml } = await render(md('## A', '', '::: {.quiz}', 'Which? <span onclick="alert(1)">here</span>', '', '- [x] One <input type="radio">', '- [ ] Two', ':::'));
    assert.deepEqual(errors, ['4 html-not-allowed', '6 html-not-allowed']);
    assert.doesNotMatch(notesHtml, /alert\(1\)/);
    assert.equal(query(notesHtml).all('input[type="radio"]').length, 2, 'only the question’s own radio buttons');
  });

  it('leaves a task list outside a question as GFM makes it: disabled checkboxes, no error', async () => {
    const { errors, notesHtml } = await render(md('## A', '', '- [x] Done', '- [ ] To do'));
    assert.deepEqual(errors, []);
    assert.deepEqual(query(notesHtml).all('li input').map((input) => [input.properties.type, input.properties.disabled, input.properties.checked ?? false]), [['checkbox', true, true], ['checkbox', true, false]]);
  });
});
