import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { launchChromium } from '../helpers/browser.ts';
import { diskStore } from '../../src/figures/diagram-store.ts';
import { renderDiagrams, type Diagram, type DiagramResult, type RenderedDiagram } from '../../src/figures/mermaid.ts';

const FLOW: Diagram = { code: 'flowchart LR\n  A[Data] --> B[A model of the material’s properties]\n  B --> C{Prediction}', line: 12, alt: 'Data feeds a model, which makes a prediction' };
const LOOP: Diagram = { code: 'flowchart TD\n  accTitle: Learning loop\n  accDescr: Train, test, and train again\n  T[Train] --> E[Test] --> T', line: 30 };
const GOOD = [FLOW, LOOP, { ...FLOW, line: 50 }];
const BAD: Diagram[] = [
  // Mermaid removes the front matter and the comment before counting lines: the error is at the fence's line 7.
  { code: '---\ntitle: Greeting\n---\nsequenceDiagram\n  %% who speaks first\n  Alice->>Bob: Hi\n  Alice-x\n  Bob-->>Alice: Hello', line: 70, alt: 'A greeting' },
  { code: 'pie title Pets\n  "Dogs" : 3\n  "Cats" -> 2', line: 90, alt: 'Pets' },
  { code: 'flowchart LR\n  A --> B', line: 100 },
  { code: 'notADiagram\n  A --> B', line: 110, alt: 'Nothing' },
];

function rendered(result: DiagramResult | undefined): RenderedDiagram {
  assert.ok(result && !('error' in result), `expected a rendered diagram, got ${JSON.stringify(result)}`);
  return result;
}

const svgs = (results: DiagramResult[]) => results.flatMap((result) => ('error' in result ? [] : [result.light, result.dark]));
const page = (elements: Element[]) => elements.map((element) => toHtml(element)).join('\n');

/** Render one set of diagrams with its drawings kept in `dir`. */
async function render(diagrams: Diagram[], dir: string, accent?: string): Promise<DiagramResult[]> {
  const [results] = await renderDiagrams([{ diagrams, store: diskStore(dir) }], accent ? { theme: { accent } } : {});
  return results!;
}

/** Run with CHROME_PATH pointing nowhere: no Chromium can be found. */
async function withoutChromium<T>(run: () => Promise<T>): Promise<T> {
  const saved = process.env.CHROME_PATH;
  process.env.CHROME_PATH = '/nonexistent/chromium';
  try {
    return await run();
  } finally {
    if (saved === undefined) delete process.env.CHROME_PATH;
    else process.env.CHROME_PATH = saved;
  }
}

describe('renderDiagrams (Mermaid in the system Chromium)', () => {
  let cacheDir = '';
  let results: DiagramResult[] = [];

  before(async () => {
    cacheDir = await mkdtemp(join(tmpdir(), 'figures-mermaid-'));
    results = await render([...GOOD, ...BAD], cacheDir);
  });
  after(() => rm(cacheDir, { recursive: true, force: true }));

  it('gives each diagram a light and a dark inline SVG, one image named by its alt text', () => {
    const { light, dark } = rendered(results[0]);
    for (const [svg, variant] of [[light, 'light'], [dark, 'dark']] as const) {
      assert.equal(svg.tagName, 'svg');
      assert.deepEqual((svg.properties.className as string[]).slice(0, 2), ['diagram', `diagram-${variant}`]);
      assert.equal(svg.properties.role, 'img');
      assert.equal(svg.properties.ariaLabel, FLOW.alt);
      assert.equal(svg.properties.ariaRoleDescription, undefined, 'not announced as "flowchart-v2"');
      assert.equal(svg.properties.ariaLabelledBy, undefined, 'nothing overrides the alt text');
      assert.match(String(svg.properties.style), /^--figure-width: \d+px$/, 'its natural width, for diagrams.css');
    }
    const html = page([light, dark]);
    assert.doesNotMatch(html, /<script|\son[a-z]+=/i, 'no script reaches readers');
    assert.match(html, />Data<\/tspan>|>Data</, 'labels are text');
  });

  it('draws in the course accent and the site font, light and dark', () => {
    const { light, dark } = rendered(results[0]);
    assert.match(toHtml(light), /#0b3d91/i, 'accent on the light variant');
    assert.match(toHtml(light), /font-family:'Source Sans 3 Variable'/);
    assert.match(toHtml(dark), /#e6e8ee/i, 'the dark page’s ink on the dark variant');
    assert.doesNotMatch(toHtml(dark), /#16181d/i, 'no light-page ink on the dark variant');
  });

  it('names a diagram without alt text by its accTitle and describes it by its accDescr', () => {
    const { light } = rendered(results[1]);
    assert.equal(light.properties.ariaLabel, 'Learning loop');
    const [described] = light.properties.ariaDescribedBy as string[];
    assert.match(toHtml(light), new RegExp(`<desc id="${described}">Train, test, and train again</desc>`));
  });

  it('keeps ids unique on a page holding every diagram, the same one twice included, and references resolvable', () => {
    const all = svgs(results);
    assert.equal(all.length, 6);
    const ids = all.flatMap((svg) => [...toHtml(svg).matchAll(/ id="([^"]+)"/g)].map((match) => match[1]!));
    const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
    assert.deepEqual(repeated, []);
    for (const svg of all) {
      const html = toHtml(svg);
      const own = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]));
      for (const [, id] of html.matchAll(/url\(#([^)]+)\)/g)) assert.ok(own.has(id), `url(#${id}) points into the same SVG`);
    }
  });

  it('locates a syntax error at the lecture line, counting past front matter and comments', () => {
    assert.deepEqual(results[3], { error: { ...(results[3] as { error: object }).error, line: 77, ruleId: 'diagram-syntax' } });
    const { error } = results[3] as { error: { message: string } };
    assert.match(error.message, /^Mermaid cannot read this diagram: Expecting .*got 'NEWLINE'/);
    const pie = results[4] as { error: { line: number; message: string } };
    assert.equal(pie.error.line, 93, 'Mermaid’s newer (Langium) grammars are located too');
    const unknown = results[6] as { error: { line: number; message: string; fix: string } };
    assert.equal(unknown.error.line, 111);
    assert.match(unknown.error.fix, /flowchart LR/);
    for (const result of results.slice(3)) assert.doesNotMatch(JSON.stringify(result), /\\n\s+at |Error:/, 'no stack trace');
  });

  it('asks for a text alternative when a diagram has neither alt nor accTitle', () => {
    assert.deepEqual(results[5], { error: { line: 100, ruleId: 'diagram-alt', message: (results[5] as { error: { message: string } }).error.message, fix: (results[5] as { error: { fix: string } }).error.fix } });
    assert.match((results[5] as { error: { fix: string } }).error.fix, /alt="/);
  });

  it('serves stored diagrams without launching Chromium', async () => {
    const stored = (await readdir(cacheDir)).filter((name) => name.endsWith('.svg'));
    assert.equal(stored.length, 6, 'two drawable diagrams and one without alt text, light and dark; syntax errors are not kept');
    assert.equal(stored.filter((name) => name.endsWith('-light.svg')).length, 3);
    const again = await withoutChromium(() => render(GOOD, cacheDir));
    assert.equal(page(svgs(again)), page(svgs(results.slice(0, 3))));
  });

  it('gives a store the drawings another set has stored, without drawing', async () => {
    const other = join(cacheDir, 'other');
    const [, copied] = await withoutChromium(() => renderDiagrams([{ diagrams: [FLOW], store: diskStore(cacheDir) }, { diagrams: [FLOW], store: diskStore(other) }]));
    assert.equal(page(svgs(copied!)), page(svgs(results.slice(0, 1))));
    assert.equal((await readdir(other)).length, 2);
  });

  it('draws again when the theme changes, in the new accent', async () => {
    const [notDrawn] = await withoutChromium(() => render([FLOW], cacheDir, '#b35900'));
    assert.deepEqual(notDrawn && 'error' in notDrawn && [notDrawn.error.ruleId, notDrawn.error.line], ['diagram-not-drawn', 12]);
    const [orange] = await render([FLOW], cacheDir, '#b35900');
    assert.match(toHtml(rendered(orange).light), /#b35900/i);
    assert.doesNotMatch(toHtml(rendered(orange).light), /#0b3d91/i);
  });

  it('lays labels out in the font the page shows them in', async () => {
    // Mermaid sizes each box from its label's measured width: measured in another font, the margins would vary with label length.
    const browser = await launchChromium();
    try {
      const tab = await browser.newPage();
      const font = import.meta.resolve('@fontsource-variable/source-sans-3');
      // From a file: a page set from a string may not load file:// fonts, and would measure in a fallback font.
      const file = join(cacheDir, 'page.html');
      await writeFile(file, `<link rel="stylesheet" href="${font}">${toHtml(rendered(results[0]).light)}`);
      await tab.goto(pathToFileURL(file).href);
      await tab.evaluate(() => document.fonts.ready);
      const margins = await tab.evaluate(() =>
        [...document.querySelectorAll('g.node')].map((node) => {
          const shape = (node.querySelector('rect, polygon, path') as SVGGraphicsElement).getBBox();
          const label = (node.querySelector('text') as SVGGraphicsElement).getBBox();
          return shape.width - label.width;
        }));
      assert.equal(margins.length, 3);
      const [short, long] = margins;
      assert.ok(Math.abs(short! - long!) < 1, `a short and a long label leave the same margin in their boxes: ${margins.join(', ')}`);
      assert.ok(margins.every((margin) => margin > 0), 'every label fits its shape');
    } finally {
      await browser.close();
    }
  });
});
