import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { COPY_CODE } from '../../src/model/inline-handlers.ts';
import { query } from '../helpers/html.ts';
import { renderLecture } from '../helpers/markdown.ts';

const LECTURE = ['## Code', '', '```python', 'print("hi")', '```', '', '## Maths', '', '```math', 'x^2', '```'].join('\n');

describe('rehype-copy-buttons', () => {
  it('puts a Copy button, handler and all, right after each highlighted code block of the notes', async () => {
    const { notesHtml } = await renderLecture(LECTURE);
    const html = query(notesHtml);
    const blocks = html.all('div.code-block');
    assert.equal(blocks.length, 1);
    const [pre, button] = blocks[0]!.children.filter((child) => child.type === 'element');
    assert.equal(pre?.tagName, 'pre');
    assert.equal(button?.tagName, 'button');
    assert.equal(button?.properties.type, 'button');
    assert.equal(button?.properties.onClick, COPY_CODE);
    assert.equal(button?.properties.ariaLabel, 'Copy code to the clipboard');
    assert.ok('dataPagefindIgnore' in button!.properties, 'the button text stays out of the search index');
    assert.equal(html.all('pre.astro-code').length, 1, 'math blocks are not code');
  });

  it('leaves the slides without buttons', async () => {
    const { views } = await renderLecture(LECTURE);
    assert.doesNotMatch(views.deckHtml, /copy-code|code-block/);
    assert.match(views.deckHtml, /<pre class="astro-code/);
  });
});
