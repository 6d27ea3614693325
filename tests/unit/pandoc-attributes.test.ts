import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attributeBlockEnd, directiveAttributes, looksLikeAttributes, mayStartAttributes, parseAttributes } from '../../src/markdown/pandoc/attributes.ts';
import { mayStartRole, mayStartShortcode } from '../../src/markdown/pandoc/inline-readers.ts';

describe('parseAttributes: Pandoc attribute blocks', () => {
  const cases: [string, unknown][] = [
    ['{}', { classes: [], values: {} }],
    ['{#id}', { id: 'id', classes: [], values: {} }],
    ['{.a .b}', { classes: ['a', 'b'], values: {} }],
    ['{.a.b}', { classes: ['a.b'], values: {} }],
    ['{.a#b}', { id: 'b', classes: ['a'], values: {} }],
    ['{#x:y_z.w-1 .c-d key_1=v}', { id: 'x:y_z.w-1', classes: ['c-d'], values: { key_1: 'v' } }],
    ['{width=50% .r-stretch}', { classes: ['r-stretch'], values: { width: '50%' } }],
    ['{background-color="#123"}', { classes: [], values: { 'background-color': '#123' } }],
    ['{background-color=#123}', { classes: [], values: { 'background-color': '#123' } }],
    ['{key="v w" k2=\'a b\'}', { classes: [], values: { key: 'v w', k2: 'a b' } }],
    ['{j="c \\" d"}', { classes: [], values: { j: 'c " d' } }],
    ['{k=""}', { classes: [], values: { k: '' } }],
    ['{-}', { classes: ['unnumbered'], values: {} }],
    ['{.x -}', { classes: ['x', 'unnumbered'], values: {} }],
    ['{id=named class="p q"}', { id: 'named', classes: ['p', 'q'], values: {} }],
    ['{ .a\n  #b }', { id: 'b', classes: ['a'], values: {} }],
    ['{#é .ü}', { id: 'é', classes: ['ü'], values: {} }],
    ['{style="margin-top: 100px;"}', { classes: [], values: { style: 'margin-top: 100px;' } }],
  ];
  for (const [text, attributes] of cases) {
    it(`reads ${JSON.stringify(text)}`, () => {
      assert.deepEqual(parseAttributes(text), { ok: true, attributes });
    });
  }

  const errors: [string, number, RegExp][] = [
    ['{.x key="a}', 9, /quote " is never closed/],
    ["{k='a}", 4, /quote ' is never closed/],
    ['{#}', 2, /"#" must be followed by a name/],
    ['{.1}', 2, /must be followed by a name/],
    ['{flag}', 2, /"flag" needs a value/],
    ['{.a ,}', 5, /"," cannot start an attribute/],
    ['{.a', 4, /never closed with }/],
    ['{.a} x', 5, /text follows the closing }/],
  ];
  for (const [text, column, reason] of errors) {
    it(`locates the error in ${JSON.stringify(text)} at column ${column}`, () => {
      const result = parseAttributes(text);
      assert.equal(result.ok, false);
      if (result.ok) return;
      assert.equal(result.column, column);
      assert.match(result.reason, reason);
    });
  }
});

describe('attributeBlockEnd and looksLikeAttributes', () => {
  it('ends the block at the first } outside a quoted value', () => {
    assert.equal(attributeBlockEnd('{a="}" .b} rest'), 10);
    assert.equal(attributeBlockEnd("{.a} {.b}"), 4);
    assert.equal(attributeBlockEnd('{a="x \\" }" b=c}'), 16);
    // A quote that is not right after `=` is text of an unquoted value.
    assert.equal(attributeBlockEnd('{a=x"y} z"'), 7);
  });

  it('falls back to the last } when a quoted value runs to the end, so the quote is reported', () => {
    assert.equal(attributeBlockEnd('{.x key="a}'), 11);
    assert.equal(attributeBlockEnd('{.x key="a'), undefined);
    assert.equal(attributeBlockEnd('{.x'), undefined);
  });

  it('tells attributes meant from braces in prose', () => {
    for (const text of ['{}', '{ }', '{#id}', '{.a}', '{-}', '{key=v}', '{.x key="broken}']) assert.ok(looksLikeAttributes(text), text);
    for (const text of ['{1, 2}', '{eq}', '{python}', '{#}', '{-1}', '{=html}', '{x y}']) assert.ok(!looksLikeAttributes(text), text);
  });

  it('maps attributes to the record mdast-util-directive uses', () => {
    assert.deepEqual(directiveAttributes({ id: 'i', classes: ['a', 'b'], values: { k: 'v' } }), { id: 'i', class: 'a b', k: 'v' });
    assert.deepEqual(directiveAttributes({ classes: [], values: {} }), {});
  });
});

describe('early stops: which prefixes may still open an inline construct', () => {
  it('keeps reading only while a prefix can grow into attributes, a role or a shortcode', () => {
    for (const prefix of ['{', '{ ', '{#', '{.a', '{-', '{key', '{key=', '{}']) assert.ok(mayStartAttributes(prefix), prefix);
    for (const prefix of ['{1', '{ 2', '{=', '{key ', '{#1']) assert.ok(!mayStartAttributes(prefix), prefix);
    for (const prefix of ['{', '{e', '{eq}', '{eq}`', '{eq}`label and more']) assert.ok(mayStartRole(prefix), prefix);
    for (const prefix of ['{1', '{eq ', '{eq}x', '{e q']) assert.ok(!mayStartRole(prefix), prefix);
    for (const prefix of ['{', '{{', '{{<', '{{{', '{{{<', '{{< video x']) assert.ok(mayStartShortcode(prefix), prefix);
    for (const prefix of ['{a', '{{a', '{{{{', '{{ <']) assert.ok(!mayStartShortcode(prefix), prefix);
  });
});
