import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { locateImage, type ImageFile } from '../../src/markdown/image-files.ts';
import { NOTES_IMAGE_SIZES } from '../../src/markdown/rehype-notes-images.ts';
import { query } from '../helpers/html.ts';
import { compileText, fixtureContext, fixturePipeline } from '../helpers/markdown.ts';
import { md } from '../helpers/pandoc-syntax.ts';

const CYCLE = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 400"><title>Cycle</title><defs><marker id="arrow"><path d="M0 0"/></marker></defs>'
  + '<script>alert(1)</script><line x1="0" x2="10" marker-end="url(#arrow)" onclick="alert(2)"/><text x="10" y="20">Design</text></svg>';

/** Image facts as the course folder's reader would give them, without reading any file. */
const IMAGES = new Map<string, ImageFile>([
  ['lectures/figures/photo.jpg', { width: 4000, height: 3000, format: 'jpeg' }],
  ['lectures/figures/portrait.jpg', { width: 900, height: 2700, format: 'jpeg' }],
  ['lectures/figures/icon.png', { width: 64, height: 64, format: 'png' }],
  ['lectures/figures/blink.gif', { width: 200, height: 120, format: 'gif' }],
  ['lectures/figures/cycle.svg', { width: 800, height: 400, format: 'svg', svg: CYCLE }],
  ['lectures/figures/huge.svg', { width: 1600, height: 900, format: 'svg' }],
  ['shared/logo.png', { width: 400, height: 400, format: 'png' }],
  ['lectures/figures/broken.png', { problem: { ruleId: 'image-unreadable', reason: 'Cannot read "broken.png" as an image', fix: 'export it again' } }],
  ['/favicon.svg', { width: 32, height: 32, format: 'svg' }],
]);

const render = fixturePipeline({ images: IMAGES });
const lecture = (...lines: string[]) => render(md('## Pictures', '', ...lines));

describe('where a lecture’s image is', () => {
  it('starts a relative path from the lecture file, anywhere in the course folder', () => {
    assert.deepEqual(locateImage('figures/map.png'), { kind: 'local', key: 'lectures/figures/map.png', fromLecture: 'figures/map.png' });
    assert.deepEqual(locateImage('./figures/my%20map.png'), { kind: 'local', key: 'lectures/figures/my map.png', fromLecture: 'figures/my map.png' });
    assert.deepEqual(locateImage('../shared/logo.png'), { kind: 'local', key: 'shared/logo.png', fromLecture: '../shared/logo.png' });
  });

  it('reads a path from the site root as a file of public/, and knows other sites, paths that leave the course and paths that cannot be decoded', () => {
    assert.deepEqual(locateImage('/figures/map.png?v=2'), { kind: 'public', key: '/figures/map.png' });
    assert.deepEqual(locateImage('https://example.org/x.png'), { kind: 'remote' });
    assert.deepEqual(locateImage('data:image/png;base64,AAAA'), { kind: 'remote' });
    assert.deepEqual(locateImage('../../secret.png'), { kind: 'outside' });
    assert.deepEqual(locateImage('/../../etc/hostname'), { kind: 'outside' });
    assert.deepEqual(locateImage('figures/%E0%A4%A.png'), { kind: 'undecodable' });
  });
});

describe('images in the deck and the notes', () => {
  it('makes a photograph a <picture> of AVIF and WebP whose URLs the page fills in, with its size', async () => {
    const { views, notesHtml } = await lecture('![A photograph](figures/photo.jpg)');
    for (const html of [views.deckHtml, notesHtml]) {
      const source = query(html).one('picture > source[type="image/avif"]');
      const img = query(html).one('picture > img');
      assert.equal(source?.properties.srcSet, 'lecture-image:0:avif');
      assert.equal(img?.properties.src, 'lecture-image:0:fallback');
      assert.equal(img?.properties.srcSet, 'lecture-image:0:webp');
      assert.deepEqual([img?.properties.width, img?.properties.height, img?.properties.decoding], [4000, 3000, 'async']);
    }
  });

  it('lists each local image once, in the order of its slots', async () => {
    const { images } = await compileText(md('---', 'title: T', 'number: 1', '---', '## A', '', '![A photograph](figures/photo.jpg)', '',
      '![An animation](figures/blink.gif)', '', '![The photograph again](figures/photo.jpg)', '', '![Shared](../shared/logo.png)'),
    'content/lectures/01-test.md', await fixtureContext({ images: IMAGES }));
    assert.deepEqual(images, [{ src: 'figures/photo.jpg' }, { src: 'figures/blink.gif' }, { src: '../shared/logo.png' }]);
  });

  it('keeps a GIF and a large SVG as they are, and a file of public/ at its URL', async () => {
    const { views } = await lecture('![An animation](figures/blink.gif)', '', '![A large drawing](figures/huge.svg)', '', '![The logo](/favicon.svg)');
    const srcs = query(views.deckHtml).all('img').map((img) => [img.properties.src, img.properties.width, img.properties.height]);
    assert.deepEqual(srcs, [['lecture-image:0:original', 200, 120], ['lecture-image:1:original', 1600, 900], ['/favicon.svg', 32, 32]]);
  });

  it('puts a small SVG of the course into the page, sanitised and named by its alt text', async () => {
    const { views } = await lecture('![A cycle of design, make and test](figures/cycle.svg)');
    const svg = query(views.deckHtml).one('svg.figure-svg');
    assert.equal(svg?.properties.role, 'img');
    assert.equal(svg?.properties.ariaLabel, 'A cycle of design, make and test');
    assert.deepEqual([svg?.properties.width, svg?.properties.height], ['800', '400']);
    assert.match(String(svg?.properties.style), /--figure-width: 800px/);
    assert.doesNotMatch(views.deckHtml, /<script|onclick|alert/);
    assert.match(views.deckHtml, /id="figure-svg-1-arrow"[\s\S]*url\(#figure-svg-1-arrow\)/, 'ids prefixed, references kept');
    assert.match(views.deckHtml, />Design</, 'its text stays text');
  });

  it('refuses another site’s image (the site works offline): one located error, and no request in the page', async () => {
    const { views, messages } = await lecture('![Elsewhere](https://example.org/x.png)');
    assert.deepEqual(messages.map((m) => [m.ruleId, m.line]), [['remote-resource', 3]]);
    assert.equal(query(views.deckHtml).one('img')?.properties.src, undefined);
  });

  it('reports each unusable image at its line, with its own rule', async () => {
    const { messages } = await render(md('## A', '', '![Nowhere](figures/none.png)', '', '## B', '', '![Outside](../../x.png)', '',
      '## C', '', '![Broken](figures/broken.png)', '', '## D', '', '![](figures/photo.jpg)', '', '## E', '', '![A table](data/table.csv)'));
    assert.deepEqual(messages.map((m) => [m.ruleId, m.line, m.fatal]),
      [['image-missing', 3, true], ['image-path', 7, true], ['image-unreadable', 11, true], ['image-alt', 15, true], ['image-unreadable', 19, true]]);
    assert.match(messages[0]!.reason, /lectures\/figures\/none\.png/);
  });
});

describe('images on the reading page', () => {
  it('sizes them for the reading column, loads all but the first lazily and gives tall ones their ratio', async () => {
    const { notesHtml, views } = await lecture('![A photograph](figures/photo.jpg)', '', '![A portrait](figures/portrait.jpg)');
    const imgs = query(notesHtml).all('.zoomable img');
    assert.deepEqual(imgs.map((img) => img.properties.loading), [undefined, 'lazy']);
    assert.deepEqual(imgs.map((img) => img.properties.sizes), [NOTES_IMAGE_SIZES, NOTES_IMAGE_SIZES]);
    assert.match(String(imgs[1]!.properties.style), /--ratio: 0\.3333/);
    assert.equal(query(views.deckHtml).one('img')?.properties.loading, undefined, 'the deck loads its pictures with the deck');
  });

  it('enlarges a picture in a popover opened by the picture itself, with no script', async () => {
    const { notesHtml, views } = await lecture('![A photograph](figures/photo.jpg)', '', '![A cycle](figures/cycle.svg)', '', '![An icon](figures/icon.png)');
    const notes = query(notesHtml);
    const buttons = notes.all('button.zoomable');
    assert.equal(buttons.length, 2, 'the photograph and the drawing; an icon is too small to gain from it');
    for (const button of buttons) {
      const view = notes.one(`#${String(button.properties.popoverTarget)}`);
      assert.equal(view?.properties.popover, 'auto');
      assert.match(String(button.properties.ariaLabel), /^Enlarge: /);
      assert.ok(notes.one(`#${String(button.properties.popoverTarget)} > button.zoom-close[popovertargetaction="hide"]`));
    }
    assert.equal(notes.one('.zoom-view picture img')?.properties.loading, 'lazy', 'the large copy loads only when opened');
    const ids = [...notesHtml.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    assert.deepEqual(ids.filter((id, index) => ids.indexOf(id) !== index), [], 'the copied drawing has ids of its own');
    assert.doesNotMatch(notesHtml, /<script/);
    assert.equal(query(views.deckHtml).all('button.zoomable').length, 0, 'slides have reveal.js’s own zoom');
  });
});

describe('pictures fit their slide', () => {
  it('marks the slide and the blocks leading to its pictures, and text that comes after them', async () => {
    const { views } = await render(md('## One', '', 'Text', '', '![A photograph](figures/photo.jpg)', '',
      '## Two', '', ':::stretch', '![A photograph](figures/photo.jpg)', ':::', '', 'After', '', '## Three', '', 'No picture'));
    const deck = query(views.deckHtml);
    assert.deepEqual(deck.all('section').map((section) => (section.properties.className as string[]).filter((name) => /media/.test(name))),
      [['has-media'], ['has-media', 'text-after-media'], []]);
    assert.ok(deck.one('#one > p.slide-media > picture'));
    assert.ok(deck.one('#two > div.r-stretch.slide-media.slide-stretch > p.slide-media.slide-stretch > picture'));
  });
});

