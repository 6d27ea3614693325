import { stripVTControlCharacters } from 'node:util';
import type { CellOutput, ErrorOutput } from './outputs.ts';

/** A frame of IPython's or ipykernel's own code, shown when an error passes through them (magics, display). */
const KERNEL_FRAME = /^File [^\n]*[\\/](?:IPython|ipykernel|matplotlib_inline)[\\/]/;

/** IPython 8 names a cell's frame `Cell In [4], line 3` (`Cell In[4]` in later versions). */
const CELL_FRAME = /Cell In ?\[(\d+)\], line (\d+)/g;

/**
 * The file ipykernel runs a cell from (`/tmp/ipykernel_<pid>/<hash>.py`), as warnings name it: its
 * process id changes every run, which would change frozen outputs that did not change.
 */
const CELL_FILE = /\S*ipykernel_\d+[\\/]\d+\.py/g;

/** Text as a notebook shows it: a `\r` (progress bars) clears its line, `\r\n` is a line end. */
function resolveCarriageReturns(text: string): string {
  return text
    .replace(/\r\n/g, '\n')
    .split('\n')
    .map((line) => line.slice(line.lastIndexOf('\r') + 1))
    .join('\n');
}

/** A traceback without colour codes and without the kernel's own frames: the user's code is what is shown. */
export function cleanTraceback(traceback: string[]): string[] {
  return traceback.map((entry) => stripVTControlCharacters(entry)).filter((entry) => !KERNEL_FRAME.test(entry.trimStart()));
}

/**
 * Outputs as a reader should see them: consecutive writes to one stream in one block, progress-bar
 * overwrites resolved, a cell's temporary file named `<cell>`, tracebacks cleaned (see cleanTraceback).
 */
export function tidyOutputs(outputs: readonly CellOutput[]): CellOutput[] {
  const tidy: CellOutput[] = [];
  for (const output of outputs) {
    const previous = tidy.at(-1);
    if (output.output_type === 'stream' && previous?.output_type === 'stream' && previous.name === output.name) {
      tidy[tidy.length - 1] = { ...previous, text: previous.text + output.text };
    } else if (output.output_type === 'error') {
      tidy.push({ ...output, traceback: cleanTraceback(output.traceback) });
    } else {
      tidy.push(output);
    }
  }
  return tidy.map((output) =>
    output.output_type === 'stream' ? { ...output, text: resolveCarriageReturns(output.text).replace(CELL_FILE, '<cell>') } : output,
  );
}

/**
 * The line, counted from 1 in the cell that ran as execution `executionCount`, where its error
 * happened: the deepest frame of that cell in IPython's traceback. Undefined when Python does not say.
 */
export function failingLine(error: ErrorOutput, executionCount: number | null): number | undefined {
  let line: number | undefined;
  for (const entry of error.traceback) {
    for (const [, count, lineNumber] of stripVTControlCharacters(entry).matchAll(CELL_FRAME)) {
      if (Number(count) === executionCount) line = Number(lineNumber);
    }
  }
  return line;
}
