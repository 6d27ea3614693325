import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { query } from '../helpers/html.ts';
import { renderLecture } from '../helpers/markdown.ts';

describe('math (rehype-katex) and code (Shiki) in the pipeline', () => {
  it('renders inline and display math to KaTeX HTML and MathML at build time', async () => {
    const { notesHtml, messages } = await renderLecture(
      ['## Counting', '', 'Inline $N!$ and', '', '$$', '\\frac{N!}{(N/2)!\\,(N/2)!}', '$$'].join('\n'),
    );
    const html = query(notesHtml);
    assert.equal(html.all('.katex-display').length, 1);
    assert.equal(html.all('math').length, 2);
    assert.equal(html.all('.katex-error').length, 0);
    assert.equal(messages.length, 0);
  });

  it('reports invalid TeX as an error at its line and column', async () => {
    const { messages } = await renderLecture(['## Bad', '', 'See $\\fracc{1}{2}$.', '', '$$', '\\frac{1}{', '$$'].join('\n'));
    const errors = messages.filter((message) => message.fatal);
    assert.deepEqual(
      errors.map((message) => [message.ruleId, message.line, message.column]),
      [
        ['math-error', 3, 5],
        ['math-error', 5, 1],
      ],
    );
    assert.match(errors[0]?.reason ?? '', /Undefined control sequence: \\fracc/);
  });

  it('highlights code with Shiki in light and dark colours', async () => {
    const { notesHtml } = await renderLecture(['## Code', '', '```python', 'print("hi")', '```'].join('\n'));
    const pre = query(notesHtml).one('pre.astro-code');
    assert.ok(pre, 'Shiki output present');
    assert.match(String(pre.properties.style), /--shiki-dark/);
    assert.equal(pre.properties.dataLanguage, 'python');
  });
});
