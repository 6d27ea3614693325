import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { compileLecture } from '../../src/compile/compile-lecture.ts';
import { readCourseFolder } from '../../src/course-files/read-course.ts';
import { query } from '../helpers/html.ts';

const FIXTURE = 'tests/fixtures/quarto';

/** How many divs and spans Pandoc reads with each class (Pandoc as the oracle of what was written). */
function pandocClasses(markdown: string): Map<string, number> {
  const counts = new Map<string, number>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!value || typeof value !== 'object') return;
    const { t, c } = value as { t?: string; c?: unknown[] };
    if ((t === 'Div' || t === 'Span') && Array.isArray(c)) {
      for (const name of (c[0] as [string, string[]])[1]) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    Object.values(value).forEach(walk);
  };
  walk(JSON.parse(execFileSync('pandoc', ['-f', 'markdown', '-t', 'json'], { input: markdown, encoding: 'utf8' })));
  return counts;
}

/** Each Pandoc class and the elements of our deck it must become, one for one. */
const MEANINGS: Record<string, string> = {
  notes: 'aside.notes',
  incremental: 'div.incremental',
  nonincremental: 'div.nonincremental',
  fragment: 'div.fragment:not(.pause), span.fragment:not(.code-step)',
  columns: 'div.columns',
  column: 'div.column',
  aside: 'div.aside',
  footer: 'div.slide-footer',
  'r-fit-text': 'div.r-fit-text',
  absolute: 'div.absolute',
  'panel-tabset': 'div.panel-tabset',
  'callout-note': 'aside.callout-note',
  'callout-tip': 'aside.callout-tip',
  'callout-warning': 'aside.callout-warning',
  'callout-important': 'aside.callout-important',
  'callout-caution': 'aside.callout-caution',
  'highlight-red': 'span.fragment.highlight-red, div.fragment.highlight-red',
};

describe('the fixture deck means what Pandoc reads it as', () => {
  it('gives every div and span Pandoc finds its element in the deck, one for one', async () => {
    const { context, sources } = await readCourseFolder({ contentDir: FIXTURE });
    const source = sources.find((lecture) => lecture.path.endsWith('01-quarto-deck.qmd'))!;
    const text = readFileSync(source.path, 'utf8');
    const compiled = await compileLecture(source, context!);
    assert.deepEqual(compiled.diagnostics, []);
    const deck = query(compiled.slides.map((slide) => slide.html).join('\n'));
    const classes = pandocClasses(text);
    for (const [name, selector] of Object.entries(MEANINGS)) {
      assert.equal(deck.all(selector).length, classes.get(name) ?? 0, `.${name}`);
    }
    assert.ok(classes.get('notes')! >= 2 && classes.get('fragment')! >= 5, 'the fixture writes them');
  });
});
