import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EMBED_MAX_HEIGHT } from '../../src/markdown/html-height.ts';
import { stackHeight, textHeight } from '../../src/markdown/slide-height.ts';
import { renderLecture } from '../helpers/markdown.ts';
import { md, parsePandoc } from '../helpers/pandoc-syntax.ts';

/** The estimated height of each block of some Markdown. */
const heights = (markdown: string) => parsePandoc(markdown).tree.children.map((node) => stackHeight([node]));

describe('raw HTML in the overflow estimate', () => {
  it('counts an embedded page at its size, never more than a slide gives it, a closed <details> as its summary, a comment as nothing', () => {
    assert.deepEqual(heights(md('<iframe src="/x.html" height="300"></iframe>')), [300]);
    assert.deepEqual(heights(md('<iframe src="/x.html" style="width: 100%; aspect-ratio: 560 / 420;"></iframe>')), [EMBED_MAX_HEIGHT]);
    assert.deepEqual(heights(md('<details>', '<summary>A hint</summary>', 'A long answer that only shows when opened, '.repeat(10), '</details>')), [textHeight('A hint')]);
    assert.deepEqual(heights('<!-- a comment for the author -->'), [0]);
    assert.deepEqual(heights(md('<div>', 'Text set in HTML, '.repeat(12), '</div>')), [textHeight('Text set in HTML, '.repeat(12).trim())]);
  });

  it('cuts a slide whose embedded page and text do not fit together', async () => {
    const { views } = await renderLecture(md('## Watch', '', '<iframe src="/favicon.svg" title="A page" height="560"></iframe>', '', ...Array.from({ length: 6 }, (_, index) => `Paragraph ${index + 1}.\n`)));
    assert.deepEqual(views.slides.map((slide) => slide.id), ['watch', 'watch-cont']);
  });
});
