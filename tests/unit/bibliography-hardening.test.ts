import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseBibliography } from '../../src/references/bibliography.ts';
import { formatEntry } from '../../src/references/format.ts';

const problems = (text: string) => parseBibliography('x.bib', text).problems.map((p) => [p.ruleId, p.line]);

describe('bibliography: what is pasted from publishers stays data', () => {
  it('refuses a DOI that is not one, at its line, and never lets it into an attribute', () => {
    const text = '@article{evil,\n  author = {Doe, Jane},\n  title = {A <script>alert(1)</script> title},\n  doi = {10.1000/x" autofocus onfocus="alert(1)},\n  year = {2020}\n}\n';
    const bibliography = parseBibliography('x.bib', text);
    assert.deepEqual(bibliography.problems.map((p) => [p.ruleId, p.line]), [['bibtex-doi', 4]]);
    const html = formatEntry(bibliography.entries.get('evil')!, 'apa');
    assert.doesNotMatch(html, /onfocus|autofocus|<script/);
    assert.match(html, /&#x3C;script>/, 'the title is text');
  });

  it('refuses a URL that is not http(s)', () => {
    const text = '@misc{js,\n  author = {A, B},\n  title = {JS},\n  url = {javascript:alert(1)}\n}\n';
    assert.deepEqual(problems(text), [['bibtex-url', 4]]);
    assert.doesNotMatch(formatEntry(parseBibliography('x.bib', text).entries.get('js')!, 'apa'), /javascript/);
  });

  it('reports a crossref loop instead of overflowing the stack', () => {
    const text = '@misc{a,\n  crossref = {b},\n  title = {A}, author = {X, Y}\n}\n@misc{b,\n  crossref = {a},\n  title = {B}, author = {X, Y}\n}\n';
    assert.deepEqual(problems(text), [['bibtex-crossref', 2], ['bibtex-crossref', 6]]);
  });

  it('reports unbalanced braces at the entry that has them, not lines later', () => {
    const text = '@misc{ok,\n  title = {Fine}, author = {A, B}\n}\n@misc{broken,\n  title = {Unclosed,\n  author = {A, B}\n}\n\n@misc{later,\n  title = {L}, author = {A, B}\n}\n';
    assert.deepEqual(problems(text), [['bibtex-syntax', 4]]);
  });

  it('finds a duplicate key written on the line after @type{', () => {
    const text = '@misc{\n  same,\n  title = {One}, author = {A, B}\n}\n@misc{\n  same,\n  title = {Two}, author = {A, B}\n}\n';
    assert.deepEqual(problems(text), [['bibtex-duplicate-key', 5]]);
  });

  it('requires a title and an author or editor', () => {
    assert.deepEqual(problems('@misc{bare,\n  year = {2020}\n}\n'), [['bibtex-incomplete', 1], ['bibtex-incomplete', 1]]);
    assert.deepEqual(problems('@book{edited,\n  editor = {Doe, J.}, title = {T}\n}\n'), []);
  });
});
