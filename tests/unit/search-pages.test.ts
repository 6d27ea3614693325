import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { slidePages } from '../../src/build/search-index.ts';

const deck = (slides: string) =>
  `<html><body><div class="reveal" data-lecture="Lecture 2"><div class="slides">${slides}</div></div><script>x</script></body></html>`;

describe('slidePages', () => {
  it('cuts a deck into one page per top-level slide, nested sections and ">" in attributes included', () => {
    const pages = slidePages(deck([
      '<section class="slide" id="a" aria-label="Costs &gt; benefits? a > b"><h2>A</h2><section class="inner"><p>inner</p></section><p>after</p></section>',
      '<section class="slide" id="b" aria-label="B, with a comma"><h2>B</h2></section>',
      '<section class="slide"><p>no id: not a slide anyone can open</p></section>',
    ].join('')), '/base/slides/02-x/');
    assert.deepEqual(pages.map((page) => page.url), ['/base/slides/02-x/#/a', '/base/slides/02-x/#/b']);
    assert.match(pages[0]!.html, /data-pagefind-meta="title:Costs &gt; benefits\? a > b"/);
    assert.match(pages[0]!.html, /<main data-pagefind-body><section class="slide" id="a"[^]*<p>after<\/p><\/section><\/main>/);
    assert.match(pages[1]!.html, /data-pagefind-meta="title:B, with a comma"/);
    assert.match(pages[1]!.html, /data-pagefind-filter="lecture:Lecture 2"/);
    assert.match(pages[1]!.html, /data-pagefind-filter="kind:Slides"/);
  });
});
