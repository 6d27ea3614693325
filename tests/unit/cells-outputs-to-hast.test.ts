import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { outputsToHast, type OutputPart } from '../../src/cells/outputs-to-hast.ts';
import type { CellOutput } from '../../src/cells/outputs.ts';

const display = (data: Record<string, string>, metadata: Record<string, unknown> = {}): CellOutput => ({
  output_type: 'display_data',
  data,
  metadata,
});

const html = (parts: OutputPart[]) => parts.map((part) => (part.kind === 'hast' ? toHtml(part.node) : `[${part.kind}]`)).join('\n');

/** A 1×1 PNG. */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

describe('cell outputs as HTML', () => {
  it('shows streams, values and tracebacks as <pre>', () => {
    const parts = outputsToHast([
      { output_type: 'stream', name: 'stdout', text: 'epoch 1 <done>\n' },
      { output_type: 'stream', name: 'stderr', text: 'warning\n' },
      { output_type: 'execute_result', execution_count: 1, data: { 'text/plain': '42' }, metadata: {} },
      { output_type: 'error', ename: 'ValueError', evalue: 'bad', traceback: ['Cell In [1], line 1', 'ValueError: bad'] },
    ]);
    assert.equal(
      html(parts),
      [
        '<pre class="cell-output cell-stdout">epoch 1 &#x3C;done>\n</pre>',
        '<pre class="cell-output cell-stderr">warning\n</pre>',
        '<pre class="cell-output cell-output-text">42</pre>',
        '<pre class="cell-output cell-error">Cell In [1], line 1\nValueError: bad</pre>',
      ].join('\n'),
    );
  });

  it('picks the richest mime type as Jupyter does, and hands Markdown and LaTeX to the pipeline', () => {
    const parts = outputsToHast([
      display({ 'text/plain': 'frame', 'text/html': '<table><tr><td>1</td></tr></table>' }),
      display({ 'text/plain': 'x**2', 'text/latex': '$x^{2}$', 'image/png': PNG }),
      display({ 'text/plain': '<Markdown>', 'text/markdown': '**bold**' }),
      display({ 'text/plain': 'only text', 'application/vnd.jupyter.widget-view+json': '{}' }),
    ]);
    assert.deepEqual(
      parts.map((part) => (part.kind === 'hast' ? part.node.properties.className : part)),
      [
        ['cell-output', 'cell-output-html'],
        { kind: 'latex', text: '$x^{2}$' },
        { kind: 'markdown', text: '**bold**' },
        ['cell-output', 'cell-output-text'],
      ],
    );
  });

  it('shows PNG and JPEG as <img> data URIs with the alt text and the stored size', () => {
    const [part] = outputsToHast([display({ 'image/png': `${PNG.slice(0, 40)}\n${PNG.slice(40)}` }, { 'image/png': { width: 320 } })], {
      alt: 'Loss per epoch',
    });
    assert.equal(html(part ? [part] : []), `<div class="cell-output cell-output-image"><img src="data:image/png;base64,${PNG}" alt="Loss per epoch" width="320"></div>`);
    const notBase64 = outputsToHast([display({ 'image/jpeg': '"><script>alert(1)</script>', 'text/plain': 'fallback' })]);
    assert.equal(html(notBase64), '<pre class="cell-output cell-output-text">fallback</pre>', 'unusable image data falls back to the next type');
  });

  it('keeps pandas tables accessible: header cells scoped, the empty corner cell a data cell', () => {
    const frame =
      '<div>\n<style scoped>\n    .dataframe tbody tr th { vertical-align: top; }\n</style>\n' +
      '<table border="1" class="dataframe">\n  <thead>\n    <tr style="text-align: right;">\n      <th></th>\n      <th>loss</th>\n    </tr>\n  </thead>\n' +
      '  <tbody>\n    <tr>\n      <th>0</th>\n      <td>0.5</td>\n    </tr>\n  </tbody>\n</table>\n</div>';
    const out = html(outputsToHast([display({ 'text/html': frame, 'text/plain': 'loss' })]));
    assert.doesNotMatch(out, /<style|vertical-align|class="dataframe"/, 'the stylesheet is dropped with its CSS');
    assert.match(out, /<td><\/td>\s*<th scope="col">loss<\/th>/);
    assert.match(out, /<th scope="row">0<\/th>\s*<td>0.5<\/td>/);
  });

  it('removes scripts, event handlers and external images from HTML outputs', () => {
    const out = html(
      outputsToHast([
        display({
          'text/html':
            '<p onclick="steal()">Hi<script>alert(1)</script></p><img src="x" onerror="alert(1)"><img src="https://tracker.example/p.gif">' +
            '<a href="javascript:alert(1)">link</a><iframe src="https://example.com"></iframe><table onmouseover="x()"><tr><th>a</th></tr></table>',
        }),
      ]),
    );
    assert.doesNotMatch(out, /script|alert|onclick|onerror|onmouseover|tracker|javascript|iframe/);
    assert.match(out, /<p>Hi<\/p>/);
    assert.match(out, /^<div class="cell-output cell-output-html"><p>Hi<\/p><img alt=""><img alt="">/, 'images keep no source, and say they are decorative');
    assert.match(out, /<a>link<\/a>/);
    assert.match(out, /<th scope="row">a<\/th>/);
  });
});

describe('SVG figures', () => {
  const matplotlib = readFileSync('tests/fixtures/execute/loss-figure.svg', 'utf8');

  it('inlines a Matplotlib figure: text as text, ids scoped and every reference pointing at one', () => {
    const [part] = outputsToHast([display({ 'image/svg+xml': matplotlib, 'text/plain': '<Figure>' })], {
      alt: 'Training loss falling over three epochs',
      idPrefix: 'cell-4-',
    });
    assert.ok(part?.kind === 'hast');
    const svg = part.node.children[0] as Element;
    assert.equal(svg.tagName, 'svg');
    assert.equal(svg.properties.role, 'img');
    assert.equal(svg.properties.ariaLabel, 'Training loss falling over three epochs');
    assert.equal(svg.properties.strokeLineJoin, 'round', 'Matplotlib’s page-wide join rule, kept on the root');
    const out = toHtml(part.node);
    assert.doesNotMatch(out, /<style|<metadata|rdf|Matplotlib v/);
    assert.match(out, /<text[^>]*>Loss per epoch<\/text>/);
    const ids = new Set([...out.matchAll(/ id="([^"]+)"/g)].map(([, id]) => id));
    const references = [...out.matchAll(/(?:url\(#|href="#)([^)"]+)/g)].map(([, id]) => id);
    assert.ok(references.length > 0);
    for (const id of [...ids, ...references]) assert.match(id ?? '', /^cell-4-0-/);
    for (const reference of references) assert.ok(ids.has(reference), `#${reference} exists`);
    assert.doesNotMatch(out, / id="(figure_1|axes_1|patch_1)"/, 'ids nothing refers to are dropped');
  });

  it('removes scripts, event handlers, styles, foreign content and external references from SVG', () => {
    const hostile =
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10" onload="alert(1)" style="position: fixed; inset: 0">' +
      '<script>alert(2)</script><style>body { display: none }</style>' +
      '<a href="javascript:alert(3)"><text x="1" y="5" onclick="alert(4)">label</text></a>' +
      '<image href="https://evil.example/track.png" width="1" height="1"/>' +
      '<image xlink:href="data:image/png;base64,' + PNG + '" width="1" height="1"/>' +
      '<use xlink:href="https://evil.example/sprite.svg#icon"/>' +
      '<rect id="r" width="1" height="1" style="fill: url(https://evil.example/p.svg#x)" stroke="url(#grad)"/>' +
      '<linearGradient id="grad"><stop offset="0" stop-color="red"/></linearGradient>' +
      '<foreignObject><iframe src="https://evil.example"></iframe><p>html</p></foreignObject>' +
      '<animate attributeName="href" to="javascript:alert(5)"/><set attributeName="onload" to="alert(6)"/></svg>';
    const out = html(outputsToHast([display({ 'image/svg+xml': hostile })], { idPrefix: 'p-' }));
    assert.doesNotMatch(out, /alert|script|onload|onclick|evil|<style|display: none|position|foreignObject|iframe|<p>|animate|<set/);
    assert.match(out, /<text x="1" y="5">label<\/text>/, 'the text of a dropped link stays');
    assert.match(out, /<image xlink:href="data:image\/png;base64,/, 'embedded raster images stay');
    assert.match(out, /<rect width="1" height="1" stroke="url\(#p-0-grad\)"><\/rect>/);
    assert.match(out, /<linearGradient id="p-0-grad">/);
  });
});
