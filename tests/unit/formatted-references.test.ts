import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { pruneLectures, readReferences, reuseStoredTexts, storeCourseReferences } from '../../src/collection/compiled-store.ts';
import { parseBibliography } from '../../src/references/bibliography.ts';
import { courseReferences, formatCourseReferences } from '../../src/references/course-references.ts';
import { citeLabels, formatEntry, formattedTexts, rememberFormattedTexts } from '../../src/references/format.ts';
import { fixtureCitations } from '../helpers/citations.ts';

const dir = mkdtempSync(join(tmpdir(), 'formatted-references-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('citations formatted once per course', () => {
  it('lists every work of the bibliography, formatted, alphabetically by author–year', () => {
    const context = fixtureCitations('vancouver');
    const formatted = formatCourseReferences(context);
    assert.deepEqual(formatted.map((reference) => reference.key), ['mcculloch1943', 'samuel1959', 'turing1950']);
    const turing = formatted.find((reference) => reference.key === 'turing1950')!;
    assert.equal(turing.html, formatEntry(context.bibliography.entries.get('turing1950')!, 'vancouver'));
    assert.equal(turing.group, 'Papers');
  });

  it('adds the citing places to the stored works without formatting anything', () => {
    const formatted = [{ key: 'a', html: '<i>A</i>', group: 'Books' }, { key: 'b', html: 'B', group: 'Papers' }];
    const slides = [{ id: 's1', title: 'One', line: 1, kind: 'slide' as const }, { id: 's2', title: '', line: 9, kind: 'slide' as const }];
    const citations = [{ key: 'b', citeId: 'c1', slideId: 's1' }, { key: 'b', citeId: 'c2', slideId: 's1' }, { key: 'b', citeId: 'c3', slideId: 's2' }];
    const references = courseReferences(formatted, [{ id: '01-x', label: 'Lecture 1', slides, citations }]);
    assert.deepEqual(references.map((reference) => [reference.key, reference.places.map((place) => [place.slideId, place.slideTitle])]),
      [['a', []], ['b', [['s1', 'One'], ['s2', 'slide']]]]);
  });

  it('keeps what citeproc made for the next process, which then formats nothing of it', () => {
    const context = fixtureCitations('harvard1');
    storeCourseReferences(dir, 'pipeline-1', context);
    const stored = readReferences(dir)!;
    assert.equal(stored.pipeline, 'pipeline-1');
    assert.deepEqual(stored.references, formatCourseReferences(context));
    assert.ok(stored.texts.length >= 6, 'bibliography and label texts of three works');
    // Another copy of the file's entries, as the next process parses them: remembered texts are used as they are.
    const { entries } = parseBibliography('other.bib', '@book{solo,\n  title = {Alone}, author = {Solo, Han}, year = {1977}\n}\n');
    const solo = entries.get('solo')!;
    rememberFormattedTexts([[`citation\0harvard1\0${JSON.stringify(solo)}`, '(Remembered, 2001)']]);
    assert.equal(citeLabels(solo, 'harvard1', 0).inBrackets, 'Remembered, 2001');
    assert.deepEqual(formattedTexts([solo]), [[`citation\0harvard1\0${JSON.stringify(solo)}`, '(Remembered, 2001)']]);
  });

  it('reuses stored texts only when the same code and packages made them', () => {
    const { entries } = parseBibliography('x.bib', '@book{kept,\n  title = {Kept}, author = {Keeper, Kay}, year = {1999}\n}\n');
    const kept = entries.get('kept')!;
    const key = `bibliography\0apa\0${JSON.stringify(kept)}`;
    writeFileSync(join(dir, 'references.json'), JSON.stringify({ pipeline: 'old', texts: [[key, '<div class="csl-entry">Stale</div>']], references: [] }));
    reuseStoredTexts(dir, 'new');
    assert.doesNotMatch(formatEntry(kept, 'apa'), /Stale/);
  });

  it('leaves the stored references and check record when lectures are pruned', () => {
    for (const name of ['01-a.json', 'checked.json', 'status.json']) writeFileSync(join(dir, name), '{}');
    pruneLectures(dir, new Set());
    assert.deepEqual(readdirSync(dir).sort(), ['checked.json', 'references.json', 'status.json']);
  });
});
