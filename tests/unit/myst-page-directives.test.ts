import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileText, renderLecture } from '../helpers/markdown.ts';
import { md } from '../helpers/pandoc-syntax.ts';

/** Each message as `line severity rule`. */
const located = (messages: { fatal?: boolean | null; line?: number | null; ruleId?: string | null }[]) =>
  messages.map((message) => `${message.line} ${message.fatal ? 'error' : 'warning'} ${message.ruleId}`);

describe('Jupyter Book page directives', () => {
  it('{tableofcontents} leaves nothing on the slides or in the notes, with a warning that the site makes its own', async () => {
    const { notesHtml, views, messages } = await renderLecture(md('## Start', '', 'Before.', '', '```{tableofcontents}', '```', '', 'After.'));
    assert.deepEqual(located(messages), ['5 warning site-made-directive']);
    assert.match(messages[0]!.reason, /the site makes its own contents list/);
    for (const html of [notesHtml, views.deckHtml]) {
      assert.doesNotMatch(html, /tableofcontents|<pre/);
      assert.match(html, /Before\.[\s\S]*After\./);
    }
  });

  it('{bibliography} with its options is dropped, with a warning that the site adds the lecture’s bibliography', async () => {
    const { notesHtml, views, messages } = await renderLecture(md('## Works', '', 'Cited.', '', '```{bibliography}', ':filter: docname in docnames', ':style: plain', '```'));
    assert.deepEqual(located(messages), ['5 warning site-made-directive']);
    assert.match(messages[0]!.reason, /adds the lecture's bibliography itself/);
    for (const html of [notesHtml, views.deckHtml]) assert.doesNotMatch(html, /bibliography}|:filter:|docnames/);
  });

  it('takes the colon fence too, inside other blocks, and leaves other directives to be reported', async () => {
    const { notesHtml, messages } = await renderLecture(md(
      '## A', '',
      ':::{tableofcontents}', ':::', '',
      ':::note', '```{bibliography}', '```', 'Kept.', ':::', '',
      '```{figure} x.png', '```',
    ));
    assert.deepEqual(located(messages), ['3 warning site-made-directive', '7 warning site-made-directive', '12 error unknown-directive']);
    assert.match(notesHtml, /Kept\./);
  });

  it('is a warning of a whole lecture at its file line, not an error', async () => {
    const text = md('---', 'title: Contents', 'number: 1', '---', '', '# Contents', '', '```{tableofcontents}', '```', '');
    const lecture = await compileText(text);
    assert.deepEqual(lecture.diagnostics.map((diagnostic) => `${diagnostic.line} ${diagnostic.severity} ${diagnostic.ruleId}`), ['8 warning site-made-directive']);
  });
});
