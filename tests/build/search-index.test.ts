import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildSearchIndex } from '../../src/build/search-index.ts';
import { DIST, page, pageHtml } from '../helpers/dist.ts';
import { indexedPages } from '../helpers/search-fragments.ts';
import { sitePages } from '../helpers/site-links.ts';
import { scratchFolder } from '../helpers/scratch.ts';

describe('the Pagefind search index in dist/', () => {
  it('exists, with its script and a filter index', () => {
    assert.ok(existsSync(join(DIST, 'pagefind', 'pagefind.js')));
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const pages = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    const paths = sitePages(DIST);
    const slides = paths.filter((path) => path.startsWith('/slides/'))
      .reduce((sum, path) => sum + page(path).all('.reveal .slides > section[data-source-line]').length, 0);
    const notes = paths.filter((path) => path.startsWith('/notes/')).length;
    assert.ok(notes >= 1 && slides > 30);
    assert.equal(pages, slides + notes, 'one record per lecture slide of every deck, one per notes page');
  });

  it('indexes each slide as a page that opens that slide, without KaTeX markup or button text', () => {
    const pages = indexedPages();
    const exascale = pages.find((fragment) => fragment.url === '/slides/01-introduction/#/exascale-supercomputing');
    assert.deepEqual(exascale?.meta, { kind: 'Slides', lecture: 'Lecture 1', title: 'Exascale Supercomputing' });
    assert.deepEqual(exascale?.filters, { kind: ['Slides'], lecture: ['Lecture 1'] });
    assert.match(exascale?.content ?? '', /El Capitan/);
    const formula = pages.find((fragment) => fragment.url.endsWith('#/why-machine-learning-ml-2'));
    assert.match(formula?.content ?? '', /N!/);
    assert.doesNotMatch(formula?.content ?? '', /\\frac|mord|vlist/);
    const notes = pages.find((fragment) => fragment.url === '/notes/02-ml-basics/');
    assert.ok(notes && !/\bCopy\b/.test(notes.content), 'the copy buttons are left out');
  });

  it('marks the notes article for indexing with its lecture and kind', () => {
    const html = pageHtml('/notes/01-introduction/');
    assert.match(html, /data-pagefind-body/);
    assert.match(html, /data-pagefind-filter="lecture:Lecture 1"/);
    assert.match(html, /data-pagefind-filter="kind:Notes"/);
  });

  it('keeps a large course to a few hundred fragment files, every slide still indexed', async () => {
    const site = scratchFolder('search-large');
    const slides = Array.from({ length: 450 }, (_, index) => ({
      id: `s${index}`, title: `Slide ${index}`, line: index + 1, kind: 'slide' as const,
      html: `<section class="slide" id="s${index}"><h2>Slide ${index}</h2><p>word${index} text</p></section>`,
    }));
    mkdirSync(join(site, 'notes', '01-big'), { recursive: true });
    writeFileSync(join(site, 'notes', '01-big', 'index.html'), '<html lang="en"><body><article data-pagefind-body><h1>Big</h1><p>Notes</p></article></body></html>');
    assert.deepEqual(await buildSearchIndex(site, [{ label: 'Lecture 1', deckUrl: '/slides/01-big/', slides }], [], 'en'), { notes: 1, slides: 450 });
    assert.ok(readdirSync(join(site, 'pagefind', 'fragment')).length <= 200);
    const urls = new Set(indexedPages(site).map((fragment) => fragment.url));
    assert.equal(urls.size, 451);
    assert.ok(urls.has('/slides/01-big/#/s449'));
  });
});
