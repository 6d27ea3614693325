import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { page } from '../helpers/dist.ts';

const DECK = '/slides/01-introduction/';
const NOTES = '/notes/01-introduction/';
const CITED = ['turing1950', 'mcculloch1943', 'samuel1959', 'top500', 'matplotlib', 'scikit-learn'];

describe('references in the built Lecture 1', () => {
  it('links every cite on the slides to an entry on a References slide, and back', () => {
    const deck = page(DECK);
    const cites = deck.all('a.cite-link');
    assert.ok(cites.length >= CITED.length);
    for (const cite of cites) {
      const key = String(cite.properties.dataCite);
      assert.equal(cite.properties.href, `#/ref-${key}`);
      const entry = deck.one(`section.references-slide li#ref-${key}`);
      assert.ok(entry, `reference slide entry for ${key}`);
    }
    const backlinks = deck.all('section.references-slide a.backlink').map((a) => String(a.properties.href));
    assert.ok(backlinks.includes('#/brief-history-of-ml'));
    assert.deepEqual(deck.text('section.references-slide li#ref-turing1950 .reference-entry a'), ['https://doi.org/10.1093/mind/LIX.236.433']);
  });

  it('lists only the works the lecture cites, with DOIs linked, in the notes bibliography', () => {
    const notes = page(NOTES);
    const keys = notes.all('.bibliography li[id]').map((li) => String(li.properties.id).replace('ref-', ''));
    assert.deepEqual([...keys].sort(), [...CITED].sort());
    const dois = notes.all('.bibliography a[href^="https://doi.org/"]').map((a) => a.properties.href);
    assert.ok(dois.includes('https://doi.org/10.1007/BF02478259'));
    const backlink = notes.one('#ref-turing1950 a.backlink');
    assert.match(String(backlink?.properties.href), /^#cite-turing1950-\d$/);
  });

  it('lists every cited work on /references/ with links to the citing slide and notes section', () => {
    const references = page('/references/');
    for (const key of CITED) {
      const hrefs = references.all(`li#ref-${key} .citing-places a`).map((a) => String(a.properties.href));
      assert.ok(hrefs.some((href) => href.startsWith(`${DECK}#/`)), `${key} links to a slide`);
      assert.ok(hrefs.some((href) => href.startsWith(`${NOTES}#`)), `${key} links to a notes section`);
    }
  });

  it('shows the lecture source materials on the notes page, the deck and the home page', () => {
    const url = 'https://github.com/aronwalsh/MLforMaterials';
    assert.ok(page(NOTES).one(`.source-materials a[href="${url}"]`));
    assert.ok(page(DECK).one(`section#source-materials a[href="${url}"]`));
    assert.ok(page('/').one(`.source-materials a[href="${url}"]`));
  });
});
