import assert from 'node:assert/strict';
import { appendFileSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildCourse, copyCourse } from '../helpers/build-run.ts';
import { query } from '../helpers/html.ts';
import { indexedPages } from '../helpers/search-fragments.ts';
import { checkSiteLinks } from '../helpers/site-links.ts';

/** Words that are only ever in speaker notes: in their text, a heading, a footnote and beside a citation. */
const MARKER = 'Quokka';
const NOTES = `
:::notes
${MARKER} speaker notes: what the lecturer says here stays private.

### ${MARKER} heading in the notes

A ${MARKER} claim from the literature [@samuel1959], with a footnote.[^private]

[^private]: The ${MARKER} footnote text.
:::
`;

/** Every file under a folder, as paths inside it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((path) => statSync(join(dir, path)).isFile());
}

describe('lecture-site build --private-notes (tests/fixtures/good, with more speaker notes)', () => {
  const course = copyCourse('tests/fixtures/good');
  appendFileSync(join(course, 'lectures', '02-second.md'), NOTES);
  let outDir = '';
  const page = (path: string) => query(readFileSync(join(outDir, path, 'index.html'), 'utf8'));

  before(() => {
    const run = buildCourse(course, ['--private-notes']);
    assert.equal(run.status, 0, run.output);
    outDir = run.outDir;
  });
  after(() => {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(course, { recursive: true, force: true });
  });

  it('writes no speaker notes anywhere in dist/: pages, scripts, styles, data', () => {
    const holding = filesUnder(outDir).filter((path) => readFileSync(join(outDir, path), 'latin1').includes(MARKER));
    assert.deepEqual(holding, []);
    for (const sentence of ['Speaker notes with math', 'Speaker notes']) {
      assert.deepEqual(filesUnder(outDir).filter((path) => readFileSync(join(outDir, path), 'utf8').includes(sentence) && path.endsWith('.html')), [], sentence);
    }
  });

  it('indexes no speaker notes for search', () => {
    const pages = indexedPages(outDir);
    assert.ok(pages.some((fragment) => fragment.url.startsWith('/notes/02-second/')), 'the notes page is indexed');
    assert.deepEqual(pages.filter((fragment) => /Quokka|Speaker notes/.test(fragment.content)).map((fragment) => fragment.url), []);
  });

  it('decks: no notes on any slide; the speaker view says they are private', () => {
    const deck = page('slides/01-everything/');
    const sections = deck.all('.reveal .slides > section[data-source-line]');
    assert.ok(sections.length > 5);
    assert.equal(deck.all('aside.notes').length, 0);
    for (const section of sections) assert.match(String(section.properties.dataNotes), /^The speaker notes are private/);
  });

  it('notes pages: no speaker notes, no contents entry for their heading, no link back to what they cited', () => {
    const notes = page('notes/02-second/');
    assert.equal(notes.all('.lecture-notes').length, 0);
    assert.deepEqual(notes.text('.toc a').filter((text) => text.includes(MARKER)), []);
    assert.equal(notes.all('.footnotes').length, 0, 'the footnote marked only in the notes is gone, and its list with it');
    assert.equal(notes.all('.bibliography a.backlink').length, 0, 'the work is listed, with no way back to the citation that was in the notes');
    assert.ok(notes.text('.bibliography li').some((text) => text.includes('Samuel')));
    assert.match(page('notes/01-everything/').text('.lecture-body').join(' '), /A statement with a footnote/, 'the slides’ own text stays');
    assert.equal(page('notes/01-everything/').all('.footnotes li').length, 1, 'a footnote of the slides stays');
  });

  it('says so in course.json, and every link still resolves', () => {
    assert.equal(JSON.parse(readFileSync(join(outDir, 'course.json'), 'utf8')).speakerNotes, 'private');
    // The PDFs are made by lecture-site pdf, later.
    assert.deepEqual(checkSiteLinks(outDir).broken.filter((link) => !link.href.startsWith('/pdf/')), []);
  });
});
