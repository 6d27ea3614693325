import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { slidePage } from '../../src/build/search-index.ts';

describe('slidePage', () => {
  it('wraps a slide in a page of its own, with title, lecture and kind escaped by the serialiser', () => {
    const html = slidePage({ id: 'a', title: 'Costs > benefits? "a" & b', line: 3, kind: 'slide', html: '<section id="a"><h2>A</h2></section>' }, 0, 'Lecture 2');
    assert.match(html, /^<html><body>.*<main data-pagefind-body(="")?><section id="a"><h2>A<\/h2><\/section><\/main><\/body><\/html>$/s);
    assert.match(html, /data-pagefind-meta="title:Costs > benefits\? &#x22;a&#x22; &#x26; b"/);
    assert.match(html, /data-pagefind-filter="lecture:Lecture 2"/);
    assert.match(html, /data-pagefind-filter="kind:Slides"/);
  });

  it('names an untitled slide by its number', () => {
    assert.match(slidePage({ id: 'x-1', title: '', line: 9, kind: 'continuation', html: '<section></section>' }, 4, 'Lecture 1'), /title:Slide 5"/);
  });
});
