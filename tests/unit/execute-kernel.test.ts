import assert from 'node:assert/strict';
import { chmodSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { KernelError } from '../../src/execute/kernel-error.ts';
import { startKernel, type CellResult, type Kernel } from '../../src/execute/kernel.ts';
import type { CellOutput, RichOutput } from '../../src/cells/outputs.ts';
import { scratchFolder } from '../helpers/scratch.ts';

const LECTURE_DIR = resolve('tests/fixtures/execute/lecture');

const rich = (result: CellResult): RichOutput[] =>
  result.outputs.filter((output): output is RichOutput => output.output_type !== 'stream' && output.output_type !== 'error');
const streams = (outputs: CellOutput[], name: 'stdout' | 'stderr') =>
  outputs.flatMap((output) => (output.output_type === 'stream' && output.name === name ? [output.text] : []));

describe('Jupyter kernel (real ipykernel)', () => {
  let kernel: Kernel;
  before(async () => {
    kernel = await startKernel({ cwd: LECTURE_DIR });
  });
  after(() => kernel.shutdown());

  it('keeps state between cells and runs in the lecture folder', async () => {
    await kernel.execute('counter = 41');
    const result = await kernel.execute('counter += 1\nimport os\nprint(counter, os.path.basename(os.getcwd()))');
    assert.equal(result.status, 'ok');
    assert.deepEqual(streams(result.outputs, 'stdout'), ['42 lecture\n']);
    const data = await kernel.execute('open("data.csv").read().splitlines()[0]');
    assert.equal(rich(data)[0]?.data['text/plain'], "'x,y'");
  });

  it('separates stdout and stderr, merges consecutive writes, and resolves \\r overwrites', async () => {
    // ipykernel buffers each stream: flushing keeps the order between them.
    const result = await kernel.execute(
      'import sys\nprint("one", flush=True)\nprint("two", flush=True)\nprint("oops", file=sys.stderr, flush=True)\n' +
        'for i in range(3): print(f"\\r{i}/2", end="", flush=True)\nprint()',
    );
    assert.deepEqual(
      result.outputs.map((output) => output.output_type === 'stream' && [output.name, output.text]),
      [
        ['stdout', 'one\ntwo\n'],
        ['stderr', 'oops\n'],
        ['stdout', '2/2\n'],
      ],
    );
  });

  it('gives the value of the last line as execute_result, a DataFrame with an HTML table', async () => {
    const value = await kernel.execute('6 * 7');
    assert.equal(value.outputs[0]?.output_type, 'execute_result');
    assert.equal(rich(value)[0]?.data['text/plain'], '42');
    const frame = await kernel.execute('import pandas as pd\npd.DataFrame({"loss": [0.5, 0.25]}, index=["a", "b"])');
    const html = rich(frame)[0]?.data['text/html'];
    assert.match(String(html), /<table[^>]*class="dataframe"[\s\S]*<th>loss<\/th>[\s\S]*<td>0.25<\/td>/);
  });

  it('draws matplotlib figures as 16:9 SVG with text kept as text, the same SVG for the same figure', async () => {
    const plot = 'import matplotlib.pyplot as plt\nplt.plot([0, 1], [1, 0])\nplt.xlabel("epoch")\nplt.title("Loss")\nplt.show()';
    const svgOf = (result: CellResult) => String(rich(result).find((output) => output.data['image/svg+xml'])?.data['image/svg+xml']);
    const svg = svgOf(await kernel.execute(plot));
    assert.match(svg, /<svg[^>]*viewBox="0 0 460.8 259.2"/, '6.4 × 3.6 inches, labels inside');
    assert.match(svg, /<text[^>]*>Loss<\/text>/, 'the title is a <text> element, not glyph paths');
    assert.doesNotMatch(svg, /<dc:date>/, 'no creation date');
    assert.equal(svgOf(await kernel.execute(plot)), svg, 'ids do not change from run to run, so the freeze does not either');
  });

  it('gives PNG images, Markdown and LaTeX results as mime bundles', async () => {
    const png = await kernel.execute(
      'import io, matplotlib.pyplot as plt\nfrom IPython.display import Image\nbuffer = io.BytesIO()\nplt.figure(figsize=(2, 1)); plt.savefig(buffer, format="png"); plt.close()\nImage(buffer.getvalue())',
    );
    assert.match(String(rich(png)[0]?.data['image/png']), /^iVBORw0KGgo/);
    const text = await kernel.execute('from IPython.display import Markdown, Latex, display\ndisplay(Markdown("**bold**"))\nLatex(r"$\\alpha$")');
    assert.deepEqual(
      rich(text).map((output) => [output.output_type, output.data['text/markdown'] ?? output.data['text/latex']]),
      [
        ['display_data', '**bold**'],
        ['execute_result', '$\\alpha$'],
      ],
    );
  });

  it('reports an exception with the failing line of the cell and a traceback without colour codes', async () => {
    await kernel.execute('def divide(a):\n    return a / 0');
    const result = await kernel.execute('x = 1\ny = 2\ndivide(x)\nz = 3');
    assert.equal(result.status, 'error');
    assert.equal(result.errorLine, 3);
    const error = result.outputs.find((output) => output.output_type === 'error');
    assert.ok(error?.output_type === 'error');
    assert.equal(error.ename, 'ZeroDivisionError');
    const traceback = error.traceback.join('\n');
    assert.ok(!traceback.includes("\u001b["), "no colour codes");
    assert.match(traceback, /----> 3 divide\(x\)/);
    assert.match(traceback, /return a \/ 0/, 'the frame of the function from the earlier cell is shown');
    assert.doesNotMatch(traceback, /site-packages|dist-packages|IPython/);
  });

  it('drops the frames of IPython’s own code (a magic that raises)', async () => {
    const result = await kernel.execute('%timeit -n1 -r1 1/0');
    const error = result.outputs.find((output) => output.output_type === 'error');
    assert.ok(error?.output_type === 'error');
    const traceback = error.traceback.join('\n');
    assert.match(traceback, /----> 1 get_ipython\(\)\.run_line_magic/);
    assert.match(traceback, /ZeroDivisionError: division by zero$/);
    assert.doesNotMatch(traceback, /IPython[\\/]core/);
  });

  it('gives the line of a syntax error', async () => {
    const result = await kernel.execute('a = 1\nb = (\n');
    assert.equal(result.status, 'error');
    assert.equal(result.errorLine, 2);
  });

  it('interrupts a cell that runs past its timeout, and the kernel goes on', async () => {
    const started = Date.now();
    const result = await kernel.execute('import time\nprint("started", flush=True)\ntime.sleep(60)', { timeoutMs: 2000 });
    assert.equal(result.status, 'timeout');
    assert.ok(Date.now() - started < 10_000);
    assert.deepEqual(streams(result.outputs, 'stdout'), ['started\n']);
    assert.equal(result.outputs.some((output) => output.output_type === 'error'), false, 'our KeyboardInterrupt is not an output');
    const next = await kernel.execute('counter');
    assert.equal(rich(next)[0]?.data['text/plain'], '42');
  });
});

describe('Jupyter kernel failures', () => {
  it('says when the kernel dies while running a cell', async () => {
    const kernel = await startKernel({ cwd: LECTURE_DIR });
    try {
      await assert.rejects(kernel.execute('import os\nos._exit(1)'), (error: unknown) => {
        assert.ok(error instanceof KernelError);
        assert.equal(error.kind, 'kernel-died');
        return true;
      });
    } finally {
      await kernel.shutdown();
    }
  });

  it('says Python is missing when PYTHON points nowhere', async () => {
    const previous = process.env.PYTHON;
    process.env.PYTHON = '/nonexistent/python3';
    try {
      await assert.rejects(startKernel({ cwd: LECTURE_DIR }), (error: unknown) => {
        assert.ok(error instanceof KernelError);
        assert.equal(error.kind, 'python-not-found');
        assert.match(error.message, /\/nonexistent\/python3.*ENOENT.*set PYTHON/s);
        return true;
      });
    } finally {
      if (previous === undefined) delete process.env.PYTHON;
      else process.env.PYTHON = previous;
    }
  });

  it('names the Debian packages when the Python lacks ipykernel (Debian Python without its site packages)', async () => {
    const bare = join(scratchFolder('bare-python'), 'python');
    writeFileSync(bare, '#!/bin/sh\nexec /usr/bin/python3 -I -S "$@"\n');
    chmodSync(bare, 0o755);
    await assert.rejects(startKernel({ cwd: LECTURE_DIR, python: bare }), (error: unknown) => {
      assert.ok(error instanceof KernelError);
      assert.equal(error.kind, 'missing-module');
      assert.match(error.message, /cannot import ipykernel/);
      assert.match(error.message, /apt-get install -y python3-ipykernel python3-jupyter-client/);
      return true;
    });
  });

  it('says the kernel stopped when its working directory does not exist', async () => {
    await assert.rejects(startKernel({ cwd: '/nonexistent/lecture' }), (error: unknown) => {
      assert.ok(error instanceof KernelError);
      assert.equal(error.kind, 'kernel-died');
      assert.match(error.message, /No such file or directory/);
      return true;
    });
  });
});
