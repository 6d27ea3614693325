import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseBibliography } from '../../src/references/bibliography.ts';
import { formatEntry } from '../../src/references/format.ts';
import { lectureReferences } from '../../src/references/lecture-references.ts';
import { fixtureCitations } from '../helpers/citations.ts';

describe('bibliography: parsing with citation-js', () => {
  it('reads entries with their lines', () => {
    const { bibliography } = fixtureCitations();
    assert.deepEqual([...bibliography.entries.keys()], ['turing1950', 'samuel1959', 'mcculloch1943']);
    assert.equal(bibliography.lines.get('samuel1959'), 12);
    assert.deepEqual(bibliography.problems, []);
  });

  it('reports a malformed entry at its line', () => {
    const text = '@article{ok,\n  title = {Fine}, author = {A, B},\n  year = {2000}\n}\n@article{bad,\n  title = {Missing comma}\n  year = {2001}\n}\n';
    const { problems } = parseBibliography('x.bib', text);
    assert.deepEqual(problems.map((p) => [p.ruleId, p.line, p.severity]), [['bibtex-syntax', 7, 'error']]);
  });

  it('reports a duplicate key at its second definition', () => {
    const text = '@misc{a,\n  title = {One}, author = {A, B}\n}\n@misc{a,\n  title = {Two}, author = {C, D}\n}\n';
    const { problems } = parseBibliography('x.bib', text);
    assert.deepEqual(problems.map((p) => [p.ruleId, p.line]), [['bibtex-duplicate-key', 4]]);
    assert.match(problems[0]?.reason ?? '', /"a".*line 1/);
  });

  it('formats an entry with its DOI as a link, in author–year and numeric styles', () => {
    const entry = fixtureCitations().bibliography.entries.get('turing1950')!;
    assert.match(formatEntry(entry, 'apa'), /<a href="https:\/\/doi.org\/10.1093\/mind\/LIX.236.433">/);
    assert.match(formatEntry(entry, 'vancouver'), /Mind\. 1950;59\(236\):433–60\./);
  });

  it('orders a lecture bibliography alphabetically, or by first cite when numeric', () => {
    const uses = [
      { key: 'turing1950', citeId: 'c1', slideId: 's1' },
      { key: 'mcculloch1943', citeId: 'c2', slideId: 's2' },
    ];
    assert.deepEqual(lectureReferences(uses, fixtureCitations('apa')).map((r) => r.key), ['mcculloch1943', 'turing1950']);
    assert.deepEqual(lectureReferences(uses, fixtureCitations('vancouver')).map((r) => r.key), ['turing1950', 'mcculloch1943']);
  });
});
