import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { md, parsePandoc } from '../helpers/pandoc-syntax.ts';

describe('located errors for malformed syntax', () => {
  const cases: [string, string, string[]][] = [
    ['a div never closed, at its opening fence', md('text', '', '::: {.notes}', 'swallowed', '', '## Next'), ['3:1 unclosed-directive']],
    ['an inner div never closed', md('::: a', '::: b', 'x', ':::'), ['1:1 unclosed-directive']],
    ['a MyST directive never closed', md('```{note}', 'x'), ['1:1 unclosed-directive']],
    ['a div cut off by the end of its quote', md('> ::: a', '> x', '', 'after'), ['1:3 unclosed-directive']],
    ['a closing fence with nothing open', md('a', '', ':::', '', 'b', ':::'), ['3:1 unmatched-fence', '6:1 unmatched-fence']],
    ['one fence too many', md('::: a', 'x', ':::', ':::'), ['4:1 unmatched-fence']],
    ['an unterminated quote in a div fence', md('::: {.notes key="x}', 'y', ':::'), ['1:17 attribute-syntax']],
    ['a bad leaf directive', '::slide{.x key="a}', ['1:16 attribute-syntax']],
    ['a bad heading attribute', md('# T', '', '## H {.x k="y}'), ['3:12 attribute-syntax']],
    ['a bad span attribute', 'x [s]{.a b="c}', ['1:12 attribute-syntax']],
    ['a bad image attribute', '![i](f.png){.a #}', ['1:16 attribute-syntax']],
    ['a bad code attribute', md('```{.python k="v}', 'x', '```'), ['1:15 attribute-syntax']],
    ['a bad cell option in the braces', md('```{python echo="x}', 'x', '```'), ['1:17 attribute-syntax']],
    ['bad #| YAML, on the option’s line (where YAML gave up: its end)', md('para', '', '```{python}', '#| echo: true', '#| fig-cap: [unclosed', 'code', '```'), ['5:22 cell-options']],
    ['a bad $$ label', md('$$', 'x', '$$ {#eq .x k="v}'), ['3:14 attribute-syntax']],
  ];
  for (const [title, markdown, expected] of cases) {
    it(title, async () => {
      const { messages } = await parsePandoc(markdown);
      assert.deepEqual(messages, expected);
    });
  }

  it('says what is wrong and how to write it instead, as an error', async () => {
    const { file } = await parsePandoc(md('::: {.notes}', 'x'));
    const [message] = file.messages;
    assert.equal(message?.fatal, true);
    assert.equal(message?.source, 'lecture');
    assert.match(message?.reason ?? '', /"notes" is never closed/);
    assert.match(message?.note ?? '', /close it with a line of :::/);
  });

  it('reports nothing for braces that were never meant as attributes', async () => {
    const { messages } = await parsePandoc(md('## The set {1, 2}', '', 'A {b} c {eq} d [0, 1]{x} ![i](f.png){#}', '', '```{{python}}', 'x', '```'));
    assert.deepEqual(messages, []);
  });
});
