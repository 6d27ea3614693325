import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { buildCourse } from '../helpers/build-run.ts';
import { runCheck } from '../helpers/check-run.ts';
import { figureFixture } from '../helpers/figure-fixture.ts';
import { query } from '../helpers/html.ts';
import { withoutPython } from '../helpers/no-python.ts';

/** No Chromium on the machine: the fixture's diagrams are drawn from the drawings stored with it (tests/fixtures/figures/_freeze/diagrams). */
const NO_CHROMIUM = { ...withoutPython(), CHROME_PATH: '/nonexistent/chromium' };

/** Every file under a folder, as paths relative to it. */
function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(dir, join(prefix, entry.name)) : [join(prefix, entry.name)]));
}

/** The URLs of a `srcset`, with their widths. */
const candidates = (srcset: unknown) => String(srcset).split(',').map((candidate) => candidate.trim().split(/\s+/) as [string, string]);

describe('the figure fixture: every form of image, figure and diagram, built', () => {
  let outDir = '';
  let contentDir = '';
  const html = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');

  before(async () => {
    contentDir = await figureFixture();
    const run = buildCourse(contentDir, [], undefined, NO_CHROMIUM);
    assert.equal(run.status, 0, run.output);
    outDir = run.outDir;
  });

  it('passes the strict content check: no error, no warning', async () => {
    const { status, output } = await runCheck(contentDir, ['--strict'], NO_CHROMIUM);
    assert.equal(status, 0, output);
    assert.match(output, /check: 0 error\(s\), 0 warning\(s\)/);
  });

  for (const page of ['slides/01-figures/', 'notes/01-figures/']) {
    it(`${page}: every picture has its size, and every URL is a file of the build`, () => {
      const source = html(page);
      assert.doesNotMatch(source, /lecture-image:/, 'every slot filled');
      const doc = query(source);
      const images = doc.all('img');
      assert.ok(images.length >= 15);
      for (const img of images) assert.ok(Number(img.properties.width) > 0 && Number(img.properties.height) > 0, `${String(img.properties.alt)} has a size`);
      const urls = [...images, ...doc.all('source')].flatMap((element) => [
        ...(element.properties.src ? [String(element.properties.src)] : []),
        ...(element.properties.srcSet ? candidates(element.properties.srcSet).map(([url]) => url) : []),
      ]);
      for (const url of urls) assert.ok(existsSync(join(outDir, decodeURI(url))), `${url} is in the build`);
    });
  }

  it('makes each photograph AVIF and WebP at widths up to a slide’s, never wider than the file', () => {
    const doc = query(html('slides/01-figures/'));
    const photo = doc.one('img[alt^="A grey photograph"]');
    const avif = doc.all('picture').find((picture) => picture.children.includes(photo!))?.children.find((child) => child.type === 'element' && child.tagName === 'source');
    assert.ok(photo && avif && avif.type === 'element');
    assert.deepEqual(candidates(photo.properties.srcSet).map(([url, width]) => [url.split('.').at(-1), width]), [['webp', '480w'], ['webp', '960w'], ['webp', '1440w'], ['webp', '1920w']]);
    assert.deepEqual(candidates(avif.properties.srcSet).map(([url]) => url.split('.').at(-1)), ['avif', 'avif', 'avif', 'avif']);
    const small = doc.one('img[alt^="A small picture"]');
    assert.deepEqual(candidates(small?.properties.srcSet).map(([, width]) => width), ['320w'], 'a small picture is never enlarged');
    assert.match(String(doc.one('img[alt="A two-frame animation"]')?.properties.src), /\.gif$/, 'an animation stays a GIF');
  });

  it('puts the course’s own drawing and every diagram into the page as SVG, with no script', () => {
    const source = html('slides/01-figures/');
    const doc = query(source);
    assert.ok(doc.one('svg.figure-svg[role="img"][aria-label="A cycle of design, make and test"]'));
    assert.equal(doc.all('svg.diagram-light').length, 7);
    assert.equal(doc.all('svg.diagram-dark').length, 7);
    for (const svg of doc.all('svg')) assert.doesNotMatch(JSON.stringify(svg), /"tagName":"script"|"on[A-Z]\w*":/);
  });

  it('ships no Mermaid code: no page loads a script that holds it', () => {
    const scripts = filesUnder(outDir).filter((path) => path.endsWith('.js'));
    assert.ok(scripts.length > 0);
    for (const script of scripts) assert.doesNotMatch(readFileSync(join(outDir, script), 'utf8'), /mermaid/i, `${script} holds no Mermaid`);
    for (const page of ['slides/01-figures/', 'notes/01-figures/']) {
      const sources = query(html(page)).all('script[src]').map((script) => String(script.properties.src));
      for (const src of sources) assert.doesNotMatch(src, /mermaid/i);
    }
  });

  it('numbers the labelled diagrams as figures, with their captions', () => {
    const doc = query(html('notes/01-figures/'));
    assert.match(doc.text('figure#fig-research-loop > figcaption')[0] ?? '', /^Figure \d+: The research loop, drawn from a Mermaid fence$/);
    assert.match(doc.text('figure#fig-tall > figcaption')[0] ?? '', /^Figure \d+: A chain of eight steps, taller than the slide$/);
  });

  it('loads the reading page’s pictures as the reader reaches them, the first at once, and makes each one a zoom button', () => {
    const doc = query(html('notes/01-figures/'));
    const shown = doc.all('.zoomable img, p > img, .column img');
    assert.equal(shown[0]?.properties.loading, undefined);
    assert.ok(shown.slice(1).every((img) => img.properties.loading === 'lazy'));
    for (const button of doc.all('button.zoomable')) assert.ok(doc.one(`[popover]#${String(button.properties.popoverTarget)}`));
    assert.equal(query(html('slides/01-figures/')).all('[loading="lazy"]').length, 0, 'the deck shows its pictures at once');
  });
});
