import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderLecture } from '../helpers/markdown.ts';
import { md } from '../helpers/pandoc-syntax.ts';

/** The leak errors of a lecture, as `line: what`. */
async function leaks(markdown: string): Promise<string[]> {
  const { messages } = await renderLecture(markdown);
  return messages.filter((message) => message.ruleId === 'syntax-leak').map((message) => `${message.line}: ${/: (.*?) in "/.exec(message.reason)?.[1]}`);
}

describe('the leak guard', () => {
  it('finds each kind of syntax left in visible text, at its source line', async () => {
    assert.deepEqual(await leaks(md(
      '## A', '',
      'Before {.smaller} after.', '',
      'A {#label} here.', '',
      'With {background-color="red"} here.', '',
      'Escaped {{{< var x >}}} code.', '',
      '- an item ::: inside', '',
      ':::', '',
    )), [
      '3: an attribute block {.class} or {#id}',
      '5: an attribute block {.class} or {#id}',
      '7: an attribute block {key=value}',
      '9: a shortcode {{< … >}}',
      '11: a ::: fence',
    ]);
  });

  it('finds an unmatched $$ and a leaked inline note in speaker notes and per-view blocks too', async () => {
    assert.deepEqual(await leaks(md('## A', '', ':::notes', 'Costs \\$\\$ twice.', ':::', '', ':::notes-only', 'A note \\^[here].', ':::')), [
      '4: a $$ that opens or closes no equation',
      '8: an inline note ^[…]',
    ]);
  });

  it('leaves code, keys and maths alone', async () => {
    assert.deepEqual(await leaks(md('## A', '', 'Write `::: {.notes}` or `{{< kbd X >}}`; $\\{x\\}$ is a set.', '', '```markdown', '::: {.notes}', '$$', '```')), []);
  });
});

describe('slide titles with maths', () => {
  it('are the readable text of the maths, in the slide list and the contents list', async () => {
    const { views } = await renderLecture('## Perovskites $ABX_3$\n\nText.');
    assert.equal(views.slides[0]!.title, 'Perovskites ABX3');
    assert.equal(views.headings[0]!.text, 'Perovskites ABX3');
  });
});
