import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ImageFile } from '../../src/markdown/image-files.ts';
import { MIN_PICTURE_HEIGHT, pictureHeight } from '../../src/markdown/slide-height.ts';
import { fixturePipeline } from '../helpers/markdown.ts';
import { md } from '../helpers/pandoc-syntax.ts';

const images = new Map<string, ImageFile>([
  ['lectures/figures/photo.jpg', { width: 4000, height: 3000, format: 'jpeg' }],
  ['lectures/figures/strip.png', { width: 1900, height: 100, format: 'png' }],
]);
const render = fixturePipeline({ images });
/** The overflow warnings of a lecture whose slides are as written (not paginated). */
const overflows = async (markdown: string) => (await render(markdown, { data: { paginate: false } })).messages.filter((message) => message.ruleId === 'slide-overflow');
const lines = (count: number) => Array.from({ length: count }, (_, index) => `- Point number ${index + 1} about the picture`);

describe('the overflow check knows each picture’s size', () => {
  it('counts a picture at its height at the width it gets, up to what a shrunk picture still needs', () => {
    assert.equal(pictureHeight({ width: 1900, height: 100, vector: false }, 1920), 100, 'a strip is as tall as it is');
    assert.equal(pictureHeight({ width: 4000, height: 3000, vector: false }, 1920), MIN_PICTURE_HEIGHT, 'a photograph shrinks to fit');
    assert.equal(pictureHeight({ width: 400, height: 60, vector: true }, 1920), 150, 'a drawing grows up to 2.5 times');
    assert.equal(pictureHeight({ width: 400, height: 100, vector: false }, 200), 50, 'a narrow column narrows it');
  });

  it('never warns about a picture alone, however large, since it shrinks into the slide', async () => {
    assert.deepEqual(await overflows(md('## A photograph', '', '![A photograph](figures/photo.jpg)')), []);
  });

  it('warns when the text leaves a picture too little room, and says so', async () => {
    const warnings = await overflows(md('## Too full', '', ...lines(12), '', '![A photograph](figures/photo.jpg)'));
    assert.equal(warnings.length, 1);
    assert.equal(warnings[0]!.line, 1);
    assert.match(warnings[0]!.reason, /counting each picture at no more than 200 px/);
    assert.match(String(warnings[0]!.note), /pictures have room/);
    assert.deepEqual(await overflows(md('## Fits', '', ...lines(7), '', '![A photograph](figures/photo.jpg)')), []);
  });

  it('counts a picture in a column at the column’s width', async () => {
    const beside = (width: string) => md('## Beside', '', '::::columns', `:::column{width=${width}}`, ...lines(11), ':::', '', ':::column', '![A strip](figures/strip.png)', ':::', '::::');
    assert.deepEqual(await overflows(beside('50%')), [], 'the text column is the tall one');
  });
});
