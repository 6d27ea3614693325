import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { readImageFiles } from '../../src/course-files/read-images.ts';

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 400"><rect width="10" height="10"/></svg>';

describe('reading a course’s image files before the compile', () => {
  let root = '';
  const content = () => join(root, 'content');
  const site = () => join(root, 'public');
  const cache = () => join(root, 'cache');

  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'read-images-'));
    await mkdir(join(content(), 'lectures', 'figures'), { recursive: true });
    await mkdir(join(content(), 'shared'), { recursive: true });
    await mkdir(join(site(), 'figures'), { recursive: true });
    await sharp({ create: { width: 300, height: 200, channels: 3, background: '#0b3d91' } }).png().toFile(join(content(), 'lectures', 'figures', 'chart.png'));
    await writeFile(join(content(), 'lectures', 'figures', 'cycle.svg'), SVG);
    await writeFile(join(content(), 'lectures', 'figures', 'broken.png'), 'not a picture');
    await writeFile(join(content(), 'shared', 'notes.txt'), 'text');
    await sharp({ create: { width: 64, height: 32, channels: 3, background: '#ffffff' } }).jpeg().toFile(join(site(), 'figures', 'logo.jpg'));
    await writeFile(join(site(), 'figures', 'map.svg'), SVG);
  });
  after(() => rm(root, { recursive: true, force: true }));

  it('gives every image file of the course folder and of public/ its size, format or problem, by key', async () => {
    const files = await readImageFiles(content(), [site()], cache());
    assert.deepEqual(files.get('lectures/figures/chart.png'), { width: 300, height: 200, format: 'png' });
    assert.deepEqual(files.get('lectures/figures/cycle.svg'), { width: 800, height: 400, format: 'svg', svg: SVG }, 'a small SVG of the course is kept to go into the page');
    assert.deepEqual(files.get('/figures/map.svg'), { width: 800, height: 400, format: 'svg' }, 'an SVG of public/ stays a file');
    assert.deepEqual(files.get('/figures/logo.jpg'), { width: 64, height: 32, format: 'jpeg' });
    assert.equal((files.get('lectures/figures/broken.png') as { problem: { ruleId: string } }).problem.ruleId, 'image-unreadable');
    assert.equal(files.has('shared/notes.txt'), false, 'only images are read');
    assert.deepEqual([...files.keys()], [...files.keys()].sort(), 'in a stable order, for the context digest');
  });

  it('reads a file again only when it changed, and remembers what it read for the next build', async () => {
    await readImageFiles(content(), [site()], cache());
    await sharp({ create: { width: 600, height: 100, channels: 3, background: '#0b3d91' } }).png().toFile(join(content(), 'lectures', 'figures', 'chart.png'));
    const files = await readImageFiles(content(), [site()], cache());
    assert.deepEqual(files.get('lectures/figures/chart.png'), { width: 600, height: 100, format: 'png' });
    const saved = JSON.parse(await readFile(join(cache(), 'image-facts.json'), 'utf8')) as [string, { file: unknown }][];
    assert.deepEqual(saved.find(([path]) => path.endsWith('chart.png'))?.[1].file, { width: 600, height: 100, format: 'png' });
  });
});
