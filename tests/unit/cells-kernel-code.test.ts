import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { kernelCode } from '../../src/cells/kernel-code.ts';

describe('the code the kernel runs of a cell', () => {
  it('is the code itself when it has no shell or magic line', () => {
    const code = 'ratio = total % 7\ns = ("%d items"\n     % n)\nok = a != b';
    assert.deepEqual(kernelCode(code), { code, skipped: [] });
  });

  it('leaves shell escapes and line magics out, as `pass` at their indent, so lines and blocks stay', () => {
    const code = '# Installation\n!pip install numpy --quiet\n%matplotlib inline\nfiles = !ls\nif True:\n    %timeit f()\nimport numpy as np';
    assert.deepEqual(kernelCode(code), {
      code: '# Installation\npass\npass\npass\nif True:\n    pass\nimport numpy as np',
      skipped: [
        { line: 2, text: '!pip install numpy --quiet' },
        { line: 3, text: '%matplotlib inline' },
        { line: 4, text: 'files = !ls' },
        { line: 6, text: '%timeit f()' },
      ],
    });
  });

  it('does not run a cell that starts with a cell magic', () => {
    assert.deepEqual(kernelCode('\n%%time\nx = sum(range(10))'), { skipped: [{ line: 2, text: '%%time' }] });
  });
});
