import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toHtml } from 'hast-util-to-html';
import { selectAll } from 'hast-util-select';
import { parseSvg } from '../../src/figures/svg-element.ts';
import { scopeSvgIds } from '../../src/figures/svg-ids.ts';

// The shape of Mermaid's output: ids derived from the root's, bare ones beside them, references everywhere.
const SVG = [
  '<svg id="mermaid-0" xmlns="http://www.w3.org/2000/svg" aria-labelledby="chart-title-mermaid-0" aria-describedby="chart-desc-mermaid-0">',
  '<title id="chart-title-mermaid-0">T</title><desc id="chart-desc-mermaid-0">D</desc>',
  '<style>#mermaid-0{fill:#333;}#mermaid-0 .node rect{fill:#e7ecf5;}#mermaid-0-L_A_B_0{stroke:red}</style>',
  '<defs><marker id="mermaid-0_flowchart-v2-pointEnd"><path d="M0 0"/></marker></defs>',
  '<path id="mermaid-0-L_A_B_0" marker-end="url(#mermaid-0_flowchart-v2-pointEnd)"/>',
  '<path id="L_A_B_0" style="fill:#333"/>',
  '<use href="#L_A_B_0"/>',
  '<text>#mermaid-0 stays as written in text</text>',
  '</svg>',
].join('');

const ids = (html: string) => [...html.matchAll(/ id="([^"]*)"/g)].map((match) => match[1]);

describe('scopeSvgIds', () => {
  it('renames every id under the prefix, keeping ids distinct', () => {
    const html = toHtml(scopeSvgIds(parseSvg(SVG), 'diagram-abc'));
    const renamed = ids(html);
    assert.equal(renamed[0], 'diagram-abc');
    assert.ok(renamed.every((id) => id === 'diagram-abc' || id?.startsWith('diagram-abc-')), renamed.join(' '));
    assert.equal(new Set(renamed).size, renamed.length, 'mermaid-0-L_A_B_0 and L_A_B_0 stay two ids');
    assert.doesNotMatch(html, /mermaid-0(?![^<]*<\/text>)/, 'no old id left outside label text');
  });

  it('rewrites every reference to the renamed ids', () => {
    const svg = scopeSvgIds(parseSvg(SVG), 'diagram-abc');
    const html = toHtml(svg);
    const known = new Set(ids(html));
    const references = [...html.replace(/<text>.*?<\/text>/, '').matchAll(/url\(#([^)]+)\)|href="#([^"]+)"|#([\w-]+)[{ .]/g)].map((match) => match[1] ?? match[2] ?? match[3]);
    assert.ok(references.length >= 5, `found ${references.length} references`);
    for (const reference of references) assert.ok(known.has(reference!), `#${reference} points at an id of the SVG`);
    assert.deepEqual(svg.properties.ariaLabelledBy, [selectAll('title', svg)[0]!.properties.id]);
    assert.match(html, /fill:#333/, 'colours are not mistaken for ids');
    assert.match(html, /<text>#mermaid-0 stays as written in text<\/text>/);
  });

  it('gives two renders of the same diagram disjoint ids', () => {
    const first = ids(toHtml(scopeSvgIds(parseSvg(SVG), 'diagram-abc-light')));
    const second = ids(toHtml(scopeSvgIds(parseSvg(SVG), 'diagram-abc-dark')));
    assert.deepEqual(first.filter((id) => second.includes(id)), []);
  });
});
