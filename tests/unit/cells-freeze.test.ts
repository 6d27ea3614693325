import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { isOptionsProblem, splitCellOptions } from '../../src/cells/cell-options.ts';
import { readFreezeFile, writeFreezeFile } from '../../src/course-files/freeze-file.ts';
import { cellKeys, frozenOutputs, parseFreeze, serializeFreeze, staleCells, type Freeze } from '../../src/cells/freeze.ts';
import { scratchFolder } from '../helpers/scratch.ts';

const cells = [
  { code: 'import numpy as np', options: {} },
  { code: 'x = np.arange(3)', options: {} },
  { code: 'x.sum()', options: { echo: false } },
];

const freeze: Freeze = {
  cells: cellKeys(cells).map((key, index) => ({
    key,
    outputs:
      index === 2
        ? [{ output_type: 'execute_result', execution_count: 3, data: { 'text/plain': '3', 'text/html': '<b>3</b>\n<i>!</i>' }, metadata: {} }]
        : [{ output_type: 'stream', name: 'stdout', text: 'line one\nline two\n' }],
  })),
};

describe('freeze keys and staleness', () => {
  it('keys each cell by its code, its options and every cell before it', () => {
    const keys = cellKeys(cells);
    assert.equal(new Set(keys).size, 3);
    assert.deepEqual(cellKeys(cells), keys, 'the same cells give the same keys');
    assert.deepEqual(cellKeys([...cells, { code: 'print(x)', options: {} }]).slice(0, 3), keys, 'adding a cell keeps earlier keys');

    const edited = cellKeys([cells[0]!, { code: 'x = np.arange(4)', options: {} }, cells[2]!]);
    assert.equal(edited[0], keys[0]);
    assert.notEqual(edited[1], keys[1]);
    assert.notEqual(edited[2], keys[2], 'an unchanged cell after an edited one changes key');

    const reordered = cellKeys([cells[0]!, cells[1]!, { code: 'x.sum()', options: { echo: true } }]);
    assert.notEqual(reordered[2], keys[2], 'options are part of the key');
    assert.deepEqual(
      cellKeys([{ code: 'a', options: { echo: false, eval: true } }]),
      cellKeys([{ code: 'a', options: { eval: true, echo: false } }]),
      'the order options are written in does not matter',
    );
  });

  it('finds outputs by key and says which cells are stale', () => {
    const keys = cellKeys(cells);
    assert.deepEqual(frozenOutputs(freeze, keys[1]!), freeze.cells[1]?.outputs);
    assert.equal(frozenOutputs(freeze, '0000000000000000'), undefined);
    assert.deepEqual(staleCells(freeze, keys), []);
    const edited = cellKeys([cells[0]!, { code: 'x = np.arange(4)', options: {} }, cells[2]!, { code: 'new', options: {} }]);
    assert.deepEqual(staleCells(freeze, edited), [1, 2], 'a new cell at the end has no entry, so it is missing, not stale');
  });
});

describe('freeze files', () => {
  it('writes readable JSON: one entry per cell, keys sorted, text split into lines as nbformat does', () => {
    const text = serializeFreeze(freeze);
    const json = JSON.parse(text);
    assert.deepEqual(Object.keys(json), ['cells', 'version']);
    assert.equal(json.cells.length, 3);
    assert.deepEqual(json.cells[0].outputs[0].text, ['line one\n', 'line two\n']);
    assert.deepEqual(json.cells[2].outputs[0].data['text/html'], ['<b>3</b>\n', '<i>!</i>']);
    assert.deepEqual(Object.keys(json.cells[2].outputs[0]), ['data', 'execution_count', 'metadata', 'output_type']);
    assert.match(text, /\n {6}"outputs": \[\n/, 'pretty-printed');
    const parsed = parseFreeze(text, 'f.json');
    assert.ok('freeze' in parsed);
    assert.deepEqual(parsed.freeze, freeze, 'reading joins the lines again');
    assert.equal(serializeFreeze(parsed.freeze), text, 'stable: a round trip gives the same text');
  });

  it('locates a broken freeze file instead of crashing', () => {
    const text = serializeFreeze(freeze);
    const invalidJson = parseFreeze(text.replace('"outputs": [', '"outputs": [,'), 'content/_freeze/01.json');
    assert.ok('diagnostic' in invalidJson);
    assert.equal(invalidJson.diagnostic.path, 'content/_freeze/01.json');
    assert.equal(invalidJson.diagnostic.line, 5);
    assert.equal(invalidJson.diagnostic.ruleId, 'freeze-invalid');
    assert.match(invalidJson.diagnostic.reason, /not valid JSON \(value expected\)/);

    const wrongShape = parseFreeze(text.replace('"output_type": "stream"', '"output_type": "strem"'), 'f.json');
    assert.ok('diagnostic' in wrongShape);
    const line = text.split('\n').findIndex((textLine) => textLine.includes('"output_type": "stream"')) + 1;
    assert.equal(wrongShape.diagnostic.line, line);
    assert.match(wrongShape.diagnostic.reason, /cells\.0\.outputs\.0\.output_type/);
    assert.match(wrongShape.diagnostic.fix, /delete the file/);
  });

  it('writes atomically, and only when the text changes', async () => {
    const path = join(scratchFolder('freeze'), '_freeze', '01-intro.json');
    assert.deepEqual(readFreezeFile(path), {}, 'no file yet is no freeze, not an error');
    assert.equal(await writeFreezeFile(path, freeze), true);
    const read = readFreezeFile(path);
    assert.deepEqual(read.freeze, freeze);
    assert.equal(await writeFreezeFile(path, freeze, read.text), false);
    assert.deepEqual(readdirSync(join(path, '..')), ['01-intro.json'], 'no temporary file left');
    writeFileSync(path, '{"version": 2, "cells": []}');
    const wrongVersion = readFreezeFile(path);
    assert.match(wrongVersion.diagnostic?.reason ?? '', /version/);
    assert.equal(readFileSync(path, 'utf8'), '{"version": 2, "cells": []}');
  });
});

describe('cell options (#| lines)', () => {
  it('splits the options from the code', () => {
    const split = splitCellOptions('#| echo: false\n#| fig-alt: "Loss per epoch"\nimport numpy as np\nx = 1\n\n');
    assert.ok(!isOptionsProblem(split));
    assert.deepEqual(split, { options: { echo: false, 'fig-alt': 'Loss per epoch' }, code: 'import numpy as np\nx = 1', optionLines: 2 });
    assert.deepEqual(splitCellOptions('x = 1  #| not an option'), { options: {}, code: 'x = 1  #| not an option', optionLines: 0 });
  });

  it('locates options that are not YAML or have the wrong type', () => {
    const badYaml = splitCellOptions('#| echo: false\n#| fig-alt: [unclosed\nx = 1');
    assert.ok(isOptionsProblem(badYaml));
    assert.match(badYaml.reason, /not valid YAML/);
    const wrongType = splitCellOptions('#| label: fig-loss\n#| eval: maybe\nx = 1');
    assert.ok(isOptionsProblem(wrongType));
    assert.equal(wrongType.line, 2);
    assert.match(wrongType.reason, /`eval`/);
    assert.match(wrongType.fix, /`true` or `false`/);
  });
});
