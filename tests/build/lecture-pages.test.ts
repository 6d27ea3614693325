import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DIST, page, pageHtml } from '../helpers/dist.ts';
import { sourceBoundaries, sourceHeadings } from '../helpers/source.ts';

const SOURCE = 'content/lectures/01-introduction.md';
const DECK = '/slides/01-introduction/';
const NOTES = '/notes/01-introduction/';

describe('built deck of Lecture 1', () => {
  const deck = page(DECK);
  const boundaries = sourceBoundaries(SOURCE);

  it('has one <section> per slide of the source (and its continuations), between generated title and closing slides', () => {
    const sections = deck.all('.reveal .slides > section');
    assert.ok(boundaries.length > 20, 'the source has its slides');
    // A slide too tall for its frame continues on slides of its own (`slide-cont`, README: Deck options).
    const fromSource = deck.all('.reveal .slides > section:not([data-generated], .slide-cont)');
    assert.equal(fromSource.length, boundaries.length);
    const generated = sections.map((section) => section.properties.dataGenerated).filter(Boolean);
    assert.deepEqual(generated, ['title', 'references', 'references', 'sources']);
    assert.equal(sections[0]?.properties.dataGenerated, 'title');
    assert.equal(sections.at(-1)?.properties.dataGenerated, 'sources');
  });

  it('keeps the source line of each slide', () => {
    const lines = deck.all('.reveal .slides > section[data-source-line]:not(.slide-cont)').map((s) => Number(s.properties.dataSourceLine));
    assert.deepEqual(lines, boundaries.map((boundary) => boundary.line));
  });

  it('gives every slide a unique id', () => {
    const ids = deck.all('.reveal .slides > section').map((section) => section.properties.id);
    assert.ok(ids.every((id) => typeof id === 'string' && id.length > 0));
    assert.equal(new Set(ids).size, ids.length);
  });

  it('renders math with KaTeX (HTML and MathML) and no TeX errors', () => {
    assert.ok(deck.all('.katex').length > 10);
    assert.ok(deck.all('math').length > 10);
    assert.equal(deck.all('.katex-error').length, 0);
    assert.ok(deck.one('.katex-display annotation[encoding="application/x-tex"]'));
  });

  it('highlights the langchain code block with Shiki at build time', () => {
    const code = deck.one('pre.astro-code[data-language="python"]');
    assert.ok(code, 'python code block highlighted');
    assert.ok(deck.all('pre.astro-code span[style*="--shiki-dark"]').length > 3);
  });

  it('carries every :::notes block as a reveal.js speaker-notes aside', () => {
    const notesInSource = (readFileSync(SOURCE, 'utf8').match(/^:::notes$/gm) ?? []).length;
    assert.ok(notesInSource > 0);
    assert.equal(deck.all('section > aside.notes').length, notesInSource);
  });

  it('parses no Markdown in the browser and loads nothing from another host', () => {
    const html = pageHtml(DECK);
    assert.doesNotMatch(html, /data-markdown/);
    assert.doesNotMatch(html, /<(script|link)[^>]+(src|href)="(https?:)?\/\//);
  });
});

describe('built notes page of Lecture 1', () => {
  const notes = page(NOTES);

  it('contains every heading of the source', () => {
    const headings = notes.text('.lecture-body h1, .lecture-body h2');
    for (const heading of sourceHeadings(SOURCE)) assert.ok(headings.includes(heading), `missing heading: ${heading}`);
  });

  it('shows the Top500 table, the code and the speaker notes as reading text', () => {
    const cells = notes.text('.lecture-body table td');
    assert.ok(cells.some((cell) => cell.startsWith('El Capitan')));
    assert.ok(cells.includes('11,039,616'));
    assert.ok(notes.one('.lecture-body pre.astro-code'));
    assert.ok(notes.all('.lecture-body .lecture-notes').length > 0);
    assert.equal(notes.all('aside.notes').length, 0);
  });

  it('has the corrected configuration formula as display math', () => {
    const tex = notes.text('.katex-display annotation[encoding="application/x-tex"]');
    assert.ok(tex.some((value) => value.includes('\\frac{N!}{(N/2)!\\,(N/2)!}')));
  });

  it('anchors each slide heading with the slide id, without duplicate ids', () => {
    const ids = notes.all('[id]').map((node) => String(node.properties.id));
    assert.equal(new Set(ids).size, ids.length);
    assert.ok(notes.one('h2#exascale-supercomputing'));
  });

  it('carries no script but the inline theme line; the search script it loads on focus was built', () => {
    const scripts = notes.all('script');
    assert.equal(scripts.length, 1);
    assert.equal(scripts[0]!.properties.src, undefined);
    assert.equal(notes.all('link[rel=modulepreload]').length, 0);
    const input = notes.one('[data-search-input]')!;
    assert.equal(input.properties.onFocus, 'import(this.dataset.script)');
    assert.match(String(input.properties.dataScript), /^\/_astro\/search-[\w-]+\.js$/);
    assert.ok(existsSync(join(DIST, String(input.properties.dataScript))));
  });

  it('gives its code blocks Copy buttons', () => {
    const blocks = notes.all('pre.astro-code').length;
    assert.ok(blocks > 0);
    assert.equal(notes.all('.code-block > pre.astro-code + button.copy-code[onclick]').length, blocks);
  });
});

describe('course home page', () => {
  const home = page('/');

  it('shows the course title, the lecturer, the 10-lecture outline and the assessment', () => {
    assert.deepEqual(home.text('h1'), ['Machine Learning for Materials']);
    assert.match(home.text('.lecturer')[0] ?? '', /Aron Walsh/);
    assert.equal(home.all('ol.outline > li').length, 10);
    const assessment = home.text('.assessment li').join(' ');
    assert.match(assessment, /Computer labs \(8×3%\)/);
    assert.match(assessment, /Research challenge \(76%\)/);
  });

  it('links each published lecture to its slides and notes', () => {
    const links = home.all('ol.outline a').map((a) => a.properties.href);
    assert.ok(links.includes(DECK));
    assert.ok(links.includes(NOTES));
  });
});
