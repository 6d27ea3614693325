import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Code } from 'mdast';
import { readCellOptions } from '../../src/markdown/pandoc/cell-options.ts';
import { lines, md, nodesOf, parsePandoc } from '../helpers/pandoc-syntax.ts';

/** The first code block of the Markdown, with what was reported. */
async function codeOf(markdown: string): Promise<{ code: Code; messages: string[] }> {
  const { tree, messages } = await parsePandoc(markdown);
  return { code: nodesOf(tree, 'code')[0]!, messages };
}

describe('code fences: Pandoc attributes, Quarto cells, raw blocks', () => {
  const cases: [string, string, unknown][] = [
    ['Pandoc attributes: the first class is the language', md('```{.python .numberLines code-line-numbers="|6|9"}', 'x', '```'), {
      lang: 'python', meta: null, value: 'x', data: { attributes: { classes: ['numberLines'], values: { 'code-line-numbers': '|6|9' } } },
    }],
    ['a space before the braces, an id', md('``` {#c .r}', 'x', '```'), {
      lang: 'r', meta: null, value: 'x', data: { attributes: { id: 'c', classes: [], values: {} } },
    }],
    ['our meta form stays as it is', md('```python numbers {1|3-4}', 'x', '```'), { lang: 'python', meta: 'numbers {1|3-4}', value: 'x' }],
    ['a Quarto cell with #| options', md('```{python}', '#| label: fig-polar', '#| fig-cap: "A line plot"', '#| echo: true', 'plot()', '```'), {
      lang: 'python', meta: null, value: 'plot()',
      data: { executable: true, cellOptions: { label: 'fig-polar', 'fig-cap': 'A line plot', echo: true }, cellOptionLines: 3 },
    }],
    ['options in the braces', md('```{python echo=false}', 'x', '```'), {
      lang: 'python', meta: null, value: 'x',
      data: { executable: true, attributes: { classes: [], values: { echo: 'false' } }, cellOptions: {}, cellOptionLines: 0 },
    }],
    ['knitr style: a label and commas', md('```{r setup, include=FALSE}', 'x', '```'), {
      lang: 'r', meta: null, value: 'x',
      data: { executable: true, attributes: { id: 'setup', classes: [], values: { include: 'FALSE' } }, cellOptions: {}, cellOptionLines: 0 },
    }],
    ['an ojs cell marks options with //|', md('```{ojs}', '//| echo: false', 'viewof x = 1', '```'), {
      lang: 'ojs', meta: null, value: 'viewof x = 1', data: { executable: true, cellOptions: { echo: false }, cellOptionLines: 1 },
    }],
    ['a raw block', md('```{=html}', '<b>x</b>', '```'), { lang: null, meta: null, value: '<b>x</b>', data: { rawFormat: 'html' } }],
    ['an unknown braced name is kept for the semantic layer', md('```{figure} a.png', ':name: f', '```'), {
      lang: '{figure}', meta: 'a.png', value: ':name: f', data: { mystDirective: 'figure' },
    }],
    ['Quarto’s verbatim {{python}} is left alone', md('```{{python}}', 'x', '```'), { lang: '{{python}}', meta: null, value: 'x' }],
  ];
  for (const [title, markdown, expected] of cases) {
    it(title, async () => {
      const { code, messages } = await codeOf(markdown);
      const { type: _type, position: _position, ...rest } = code;
      assert.deepEqual(rest, expected);
      assert.deepEqual(messages, []);
    });
  }

  it('keeps the node’s lines while #| lines leave its value', async () => {
    const { code } = await codeOf(md('text', '', '```{python}', '#| echo: false', 'a = 1', '```'));
    assert.deepEqual([lines(code), code.data?.cellOptionLines], [[3, 6], 1]);
  });

  it('reads a cell written with CRLF line endings', async () => {
    const { code, messages } = await codeOf('```{python}\r\n#| echo: false\r\nx = 1\r\n```\r\n');
    assert.deepEqual([code.lang, code.value, code.data?.cellOptions, messages], ['python', 'x = 1', { echo: false }, []]);
  });

  it('reads a MyST math directive as display math named by :label:', async () => {
    const { tree, messages } = await parsePandoc(md('```{math}', ':label: eq-x', 'a^2 + b^2', '```'));
    const [math] = nodesOf(tree, 'math');
    assert.deepEqual([math!.value, math!.data?.attributes, lines(math!)], ['a^2 + b^2', { id: 'eq-x', classes: [], values: {} }, [1, 4]]);
    assert.deepEqual(messages, []);
  });
});

describe('readCellOptions', () => {
  it('splits option lines from code, with YAML types', () => {
    assert.deepEqual(readCellOptions('#| fig-width: 6\n#|echo: false\nx\n#| late: 1', '#|'), {
      ok: true, options: { 'fig-width': 6, echo: false }, lines: 2, code: 'x\n#| late: 1',
    });
  });

  it('locates bad YAML on its line and column', () => {
    const result = readCellOptions('#| a: 1\n#| b: [open\nx', '#|');
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.equal(result.line, 1);
    assert.ok(result.column > 3, `column ${result.column}`);
  });

  it('wants key: value pairs', () => {
    assert.deepEqual(readCellOptions('#| - a\nx', '#|'), { ok: false, line: 0, column: 4, reason: 'the #| lines are not "key: value" pairs' });
  });
});
