import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { query } from '../helpers/html.ts';
import { fixturePipeline, renderLecture } from '../helpers/markdown.ts';

const errors = async (markdown: string) => {
  const { messages, notesHtml, views } = await renderLecture(markdown);
  return { found: messages.filter((m) => m.fatal).map((m) => [m.ruleId, m.line]), notesHtml, deckHtml: views.deckHtml };
};

describe('the HTML and URL policy of lectures', () => {
  for (const [what, markdown, line] of [
    ['an inline link', '## S\n\n[click](javascript:alert(1))', 3],
    ['a link in other case', '## S\n\n[click](JaVaScRiPt:alert(1))', 3],
    ['an autolink', '## S\n\n<javascript:alert(1)>', 3],
    ['a reference link', '## S\n\n[click][r]\n\n[r]: javascript:alert(1)', 3],
    ['a data: link', '## S\n\n[x](data:text/html,<script>alert(1)</script>)', 3],
  ] as const) {
    it(`refuses a script URL in ${what}, at its line, and ships no such link`, async () => {
      const { found, notesHtml, deckHtml } = await errors(markdown);
      assert.deepEqual(found, [['unsafe-url', line]]);
      for (const html of [notesHtml, deckHtml]) assert.doesNotMatch(html, /href="(javascript|data):/i);
    });
  }

  for (const [what, markdown, rule] of [
    ['a script element', '## S\n\n<script>alert(1)</script>', 'html-not-allowed'],
    ['an event handler', '## S\n\n<img src="/favicon.svg" alt="x" onerror="alert(1)">', 'html-not-allowed'],
    ['a style element', '## S\n\n<style>body{display:none}</style>', 'html-not-allowed'],
    ['a remote iframe', '## S\n\n<iframe src="https://evil.example/"></iframe>', 'remote-resource'],
    ['a remote image', '## S\n\n![A chart](https://example.org/chart.png)', 'remote-resource'],
    ['a style that loads a URL', '## S\n\n<div style="background: url(https://example.org/x.png)">x</div>', 'inline-style'],
    ['an inline SVG', '## S\n\n<svg onload="alert(1)"><circle r="4"/></svg>', 'html-not-allowed'],
  ] as const) {
    it(`refuses ${what} as a located error, and removes it`, async () => {
      const { found, notesHtml, deckHtml } = await errors(markdown);
      assert.deepEqual(found.map(([rule]) => rule), [rule], JSON.stringify(found));
      assert.equal(found[0]![1], 3);
      for (const html of [notesHtml, deckHtml]) assert.doesNotMatch(html, /<script|onerror|onload|<style|evil\.example|example\.org/);
    });
  }

  it('keeps the HTML lectures use: details, sub and sup, kbd, tables, media of the site', async () => {
    const { found, deckHtml } = await errors('## S\n\n<details><summary>More</summary>Hidden</details>\n\nCsPbI<sub>3</sub>, Pb<sup>2+</sup>, <kbd>Ctrl</kbd>\n\n<video src="/clip.mp4" controls></video>');
    assert.deepEqual(found, []);
    const deck = query(deckHtml);
    assert.ok(deck.one('details summary') && deck.one('sub') && deck.one('sup') && deck.one('kbd') && deck.one('video[controls]'));
  });

  it('allows iframes and media from the hosts the course names', async () => {
    const render = fixturePipeline({ embedHosts: ['www.youtube-nocookie.com'] });
    const { messages, notesHtml } = await render('## S\n\n<iframe src="https://www.youtube-nocookie.com/embed/x" title="A talk"></iframe>');
    assert.deepEqual(messages.filter((m) => m.fatal).map(String), []);
    assert.match(notesHtml, /<iframe src="https:\/\/www\.youtube-nocookie\.com\/embed\/x"/);
  });
});
