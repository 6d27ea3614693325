import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { closesCodeFence, divBodyScanner, readCodeFence, readDivFence, readLeafDirective } from '../../src/markdown/pandoc/fence-lines.ts';
import { readMystFence, readMystOption } from '../../src/markdown/pandoc/myst-lines.ts';

/** A fence line with its spans shown as the text they cover. */
function shown(line: string) {
  const fence = readDivFence(line);
  if (fence?.kind !== 'open') return fence;
  const { label, attributes, ...rest } = fence;
  return {
    ...rest,
    ...(label ? { label: line.slice(label.start, label.end) } : {}),
    ...(attributes ? { attributes: line.slice(attributes.start, attributes.end) } : {}),
  };
}

describe('readDivFence: which lines open or close a fenced div', () => {
  const cases: [string, unknown][] = [
    [':::', { kind: 'close', colons: 3 }],
    ['::::::  ', { kind: 'close', colons: 6 }],
    ['   :::', { kind: 'close', colons: 3 }],
    ['::: notes', { kind: 'open', colons: 3, form: 'pandoc', name: 'notes' }],
    [':::notes', { kind: 'open', colons: 3, form: 'directive', name: 'notes' }],
    ['::: column-page-right', { kind: 'open', colons: 3, form: 'pandoc', name: 'column-page-right' }],
    ['::: a :::', { kind: 'open', colons: 3, form: 'pandoc', name: 'a' }],
    ['::: {.notes}', { kind: 'open', colons: 3, form: 'pandoc', attributes: '{.notes}' }],
    [':::{.notes}', { kind: 'open', colons: 3, form: 'pandoc', attributes: '{.notes}' }],
    ['::: {#i .c k="a } b"} ::::', { kind: 'open', colons: 3, form: 'pandoc', attributes: '{#i .c k="a } b"}' }],
    [':::note[Mind *this*]{.big}', { kind: 'open', colons: 3, form: 'directive', name: 'note', label: 'Mind *this*', attributes: '{.big}' }],
    [':::note[a [b] c]', { kind: 'open', colons: 3, form: 'directive', name: 'note', label: 'a [b] c' }],
    ['::::columns', { kind: 'open', colons: 4, form: 'directive', name: 'columns' }],
    [':::column{width=45%}', { kind: 'open', colons: 3, form: 'directive', name: 'column', attributes: '{width=45%}' }],
    ['::: name {.x}', { kind: 'open', colons: 3, form: 'directive', name: 'name', attributes: '{.x}' }],
    [':::{note}', { kind: 'open', colons: 3, form: 'myst', name: 'note' }],
    [':::{admonition} A *title* ', { kind: 'open', colons: 3, form: 'myst', name: 'admonition', label: 'A *title*' }],
    ['::: a b', undefined],
    ['::: {.a} b', undefined],
    [':::note[open', undefined],
    ['::', undefined],
    ['    :::', undefined],
    ['text :::', undefined],
  ];
  for (const [line, expected] of cases) {
    it(JSON.stringify(line), () => assert.deepEqual(shown(line), expected));
  }
});

describe('other fence lines', () => {
  it('reads leaf directives: exactly two colons', () => {
    assert.deepEqual(readLeafDirective('::slide{.statement}'), { name: 'slide', attributes: { start: 7, end: 19 } });
    assert.deepEqual(readLeafDirective('::slide'), { name: 'slide' });
    assert.equal(readLeafDirective(':::slide'), undefined);
    assert.equal(readLeafDirective('::slide text'), undefined);
  });

  it('reads code fences as CommonMark does', () => {
    assert.deepEqual(readCodeFence('```python'), { marker: '`', size: 3 });
    assert.deepEqual(readCodeFence('  ~~~~ {.r}'), { marker: '~', size: 4 });
    assert.equal(readCodeFence('``` a`b'), undefined);
    assert.equal(readCodeFence('``x'), undefined);
    assert.ok(closesCodeFence('````  ', { marker: '`', size: 3 }));
    assert.ok(!closesCodeFence('``', { marker: '`', size: 3 }));
    assert.ok(!closesCodeFence('~~~', { marker: '`', size: 3 }));
    assert.ok(!closesCodeFence('``` x', { marker: '`', size: 3 }));
  });

  it('reads MyST directive fences (Markdown-body directives only) and option lines', () => {
    const admonition = readMystFence('````{admonition} Be careful');
    assert.deepEqual(admonition, { marker: '`', size: 4, name: 'admonition', label: { start: 17, end: 27 } });
    assert.deepEqual(readMystFence('```{note}'), { marker: '`', size: 3, name: 'note' });
    assert.equal(readMystFence('```{python}'), undefined);
    assert.equal(readMystFence('```{math}'), undefined);
    assert.deepEqual(readMystOption(':class: tip'), { key: 'class', value: 'tip' });
    assert.deepEqual(readMystOption(':nosignatures:'), { key: 'nosignatures', value: '' });
    assert.equal(readMystOption(':::'), undefined);
    assert.equal(readMystOption('text: x'), undefined);
  });
});

describe('divBodyScanner: Pandoc nesting, line by line', () => {
  /** The index of the line that closes the div, if any. */
  function closingLine(body: string[]): number | undefined {
    const scanner = divBodyScanner();
    const index = body.findIndex((line) => scanner.closes(line));
    return index < 0 ? undefined : index;
  }

  it('closes at the first bare fence when nothing is nested', () => assert.equal(closingLine(['x', ':::', ':::']), 1));
  it('lets a bare fence close the innermost div whatever the colon counts', () => {
    assert.equal(closingLine(['::: b', 'x', '::::::', 'y', ':::']), 4);
    assert.equal(closingLine([':::: b', 'x', ':::', ':::']), 3);
  });
  it('ignores fences inside code', () => {
    assert.equal(closingLine(['```', ':::', '```', ':::']), 3);
    assert.equal(closingLine(['~~~~', ':::', '~~~', '~~~~', ':::']), 4);
    assert.equal(closingLine(['```{note}', ':::', '```', ':::']), 3);
  });
  it('does not count prose that starts with colons as a fence', () => assert.equal(closingLine(['::: a b', ':::']), 1));
  it('finds no close in an unclosed body', () => assert.equal(closingLine(['::: b', 'x', ':::']), undefined));
});
