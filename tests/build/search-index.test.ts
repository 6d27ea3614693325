import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { slideRecords } from '../../src/integrations/search-index.ts';
import { DIST, page, pageHtml } from '../helpers/dist.ts';
import { sitePages } from '../helpers/site-links.ts';

describe('the Pagefind search index in dist/', () => {
  it('exists, with its script and a filter index', () => {
    assert.ok(existsSync(join(DIST, 'pagefind', 'pagefind.js')));
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const pages = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    const paths = sitePages(DIST);
    const slides = paths.filter((path) => path.startsWith('/slides/'))
      .reduce((sum, path) => sum + page(path).all('.reveal .slides > section[id]').length, 0);
    const notes = paths.filter((path) => path.startsWith('/notes/')).length;
    assert.ok(notes >= 1 && slides > 30);
    assert.equal(pages, slides + notes, 'one record per slide of every deck, one per notes page');
  });

  it('makes one record per slide that opens that slide, without KaTeX markup', () => {
    const records = slideRecords(pageHtml('/slides/01-introduction/'), '/slides/01-introduction/');
    const exascale = records.find((record) => record.url === '/slides/01-introduction/#/exascale-supercomputing');
    assert.ok(exascale);
    assert.equal(exascale.lecture, 'Lecture 1');
    assert.match(exascale.content, /El Capitan/);
    const formula = records.find((record) => record.url.endsWith('#/why-machine-learning-ml-2'));
    assert.match(formula?.content ?? '', /N!/);
    assert.doesNotMatch(formula?.content ?? '', /\\frac|mord|vlist/);
  });

  it('marks the notes article for indexing with its lecture and kind', () => {
    const html = pageHtml('/notes/01-introduction/');
    assert.match(html, /data-pagefind-body/);
    assert.match(html, /data-pagefind-filter="lecture:Lecture 1"/);
    assert.match(html, /data-pagefind-filter="kind:Notes"/);
  });
});
