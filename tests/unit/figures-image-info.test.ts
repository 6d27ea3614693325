import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { ImageInfoError, imageInfo } from '../../src/figures/image-info.ts';

/** A noisy image, which compresses like a photograph rather than a flat colour. */
function photo(width: number, height: number) {
  return sharp({ create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 120, sigma: 40 } } });
}

const SVG = {
  'sized.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="150"><title>t</title><rect width="10" height="10"/></svg>',
  'viewbox.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1600 900"><title>t</title><rect width="10" height="10"/></svg>',
  'inches.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="2in" height="1in"><rect width="10" height="10"/></svg>',
  'unsized.svg': '<svg xmlns="http://www.w3.org/2000/svg"><rect width="10" height="10"/></svg>',
  'broken.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="150"><rect',
};

describe('imageInfo', () => {
  let dir = '';
  const at = (name: string) => join(dir, name);

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'figures-image-info-'));
    await sharp({ create: { width: 40, height: 30, channels: 4, background: '#0b3d91' } }).png().toFile(at('small.png'));
    await sharp({ create: { width: 64, height: 48, channels: 3, background: '#ffffff' } }).jpeg().toFile(at('small.jpg'));
    const photoBytes = await photo(4000, 3000).jpeg({ quality: 85 }).toBuffer();
    await writeFile(at('photo.jpg'), photoBytes);
    await photo(1200, 3600).jpeg({ quality: 85 }).toFile(at('portrait.jpg'));
    // A camera's portrait: stored landscape, EXIF orientation 6 says "turn a quarter right".
    await photo(800, 600).jpeg().withMetadata({ orientation: 6 }).toFile(at('rotated.jpg'));
    await writeFile(at('truncated.jpg'), photoBytes.subarray(0, photoBytes.length / 2));
    await writeFile(at('notes.png'), 'this is text, not a PNG');
    for (const [name, text] of Object.entries(SVG)) await writeFile(at(name), text);
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('reads the size and format of PNG and JPEG files', async () => {
    assert.deepEqual(await imageInfo(at('small.png')), { width: 40, height: 30, format: 'png' });
    assert.deepEqual(await imageInfo(at('small.jpg')), { width: 64, height: 48, format: 'jpeg' });
  });

  it('reads a 4000×3000 photograph and a tall portrait', async () => {
    const started = performance.now();
    assert.deepEqual(await imageInfo(at('photo.jpg')), { width: 4000, height: 3000, format: 'jpeg' });
    assert.ok(performance.now() - started < 2000, 'checking a 12-megapixel photo stays quick');
    assert.deepEqual(await imageInfo(at('portrait.jpg')), { width: 1200, height: 3600, format: 'jpeg' });
  });

  it('gives the size as displayed for a photo rotated by its EXIF orientation', async () => {
    assert.deepEqual(await imageInfo(at('rotated.jpg')), { width: 600, height: 800, format: 'jpeg' });
  });

  it('sizes an SVG from width and height, from its viewBox, or from physical units', async () => {
    assert.deepEqual(await imageInfo(at('sized.svg')), { width: 300, height: 150, format: 'svg' });
    assert.deepEqual(await imageInfo(at('viewbox.svg')), { width: 1600, height: 900, format: 'svg' });
    assert.deepEqual(await imageInfo(at('inches.svg')), { width: 144, height: 72, format: 'svg' }, '1in = 72 px at sharp’s default density');
  });

  const rejects = async (name: string, ruleId: string, message: RegExp) => {
    const error = await imageInfo(at(name)).then(() => undefined, (thrown: unknown) => thrown);
    assert.ok(error instanceof ImageInfoError, `${name}: expected an ImageInfoError, got ${String(error)}`);
    assert.equal(error.ruleId, ruleId);
    assert.equal(error.path, at(name));
    assert.match(error.message, message);
    assert.ok(error.fix.length > 0, 'says what to do');
    assert.doesNotMatch(error.message, /\n\s+at /, 'no stack trace in the message');
  };

  it('reports a missing file, and a folder given as an image', async () => {
    await rejects('nowhere.png', 'image-missing', /not found/);
    await rejects('.', 'image-missing', /is a folder/);
  });

  it('reports a file that is not an image, a truncated JPEG and malformed SVG', async () => {
    await rejects('notes.png', 'image-unreadable', /Cannot read .*notes\.png.* as an image: .*unsupported image format/);
    await rejects('truncated.jpg', 'image-unreadable', /premature end/i);
    await rejects('broken.svg', 'image-unreadable', /as an image/);
  });

  it('reports an SVG with neither viewBox nor width and height', async () => {
    await rejects('unsized.svg', 'image-no-size', /no viewBox/);
  });
});
