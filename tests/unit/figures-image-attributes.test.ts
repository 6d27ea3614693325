import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { ImageFile } from '../../src/markdown/image-files.ts';
import remarkPandocSyntax from '../../src/markdown/pandoc/index.ts';
import rehypeFigureCredits from '../../src/markdown/rehype-figure-credits.ts';
import rehypeImages from '../../src/markdown/rehype-images.ts';
import remarkFigures from '../../src/markdown/remark-figures.ts';
import remarkImageAttributes from '../../src/markdown/remark-image-attributes.ts';
import remarkImageChecks from '../../src/markdown/remark-image-checks.ts';
import { query } from '../helpers/html.ts';
import { md } from '../helpers/pandoc-syntax.ts';

const images = new Map<string, ImageFile>([
  ['lectures/figures/photo.jpg', { width: 4000, height: 3000, format: 'jpeg' }],
  ['lectures/figures/cycle.svg', { width: 800, height: 400, format: 'svg', svg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 400"><rect width="10" height="10"/></svg>' }],
]);

/**
 * The image plugins behind the Pandoc syntax layer, which reads `{…}` after
 * an image into `data.attributes` (the lecture pipeline gets it when the
 * dialect work wires it in).
 */
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkMath).use(remarkPandocSyntax)
  .use(remarkImageChecks, { images }).use(remarkImageAttributes).use(remarkFigures)
  .use(remarkRehype).use(rehypeImages, { images }).use(rehypeFigureCredits).use(rehypeStringify);

async function render(markdown: string) {
  const file = await processor.process(new VFile({ value: markdown, path: 'lectures/01-x.md' }));
  return { html: String(file.value), messages: file.messages.map((message) => [message.ruleId, message.line]) };
}

describe('what the braces after an image say', () => {
  it('sizes it as asked: a percentage of its space, or pixels', async () => {
    const { html, messages } = await render(md('![A photograph](figures/photo.jpg){width=50%}', '', '![A drawing](figures/cycle.svg){height=300}'));
    assert.deepEqual(messages, []);
    const page = query(html);
    assert.equal(page.one('picture > img')?.properties.style, 'width: 50%');
    assert.deepEqual([page.one('picture > img')?.properties.width, page.one('picture > img')?.properties.height], [4000, 3000], 'its real size stays, for the ratio');
    assert.equal(page.one('svg.figure-svg')?.properties.style, '--figure-width: 800px; height: 300px');
  });

  it('keeps its classes, .r-stretch among them', async () => {
    const { html } = await render('![A photograph](figures/photo.jpg){.r-stretch .bordered}');
    assert.deepEqual(query(html).one('picture > img')?.properties.className, ['r-stretch', 'bordered']);
  });

  it('reports a size that is not a length at the image', async () => {
    const { messages } = await render(md('Text', '', '![A photograph](figures/photo.jpg){width=big}'));
    assert.deepEqual(messages, [['image-size', 3]]);
  });
});

describe('credit="…"', () => {
  it('ends a numbered figure’s caption with the credit line', async () => {
    const { html } = await render('![A photograph](figures/photo.jpg "A grey day"){credit="Photo: A. Person, CC BY 4.0"}');
    const caption = query(html).one('figure > figcaption');
    assert.ok(caption);
    assert.deepEqual(query(html).text('figure > figcaption > .figure-credit'), ['Photo: A. Person, CC BY 4.0']);
    assert.match(query(html).text('figure > figcaption')[0]!, /^Figure 1: A grey day/);
    assert.doesNotMatch(html, /data-credit/);
  });

  it('makes a picture that stands alone a figure with the credit as its caption', async () => {
    const { html } = await render('![A drawing](figures/cycle.svg){credit="Drawn for this course"}');
    assert.ok(query(html).one('figure.credited > svg.figure-svg + figcaption > span.figure-credit'));
    assert.equal(query(html).all('p').length, 0);
  });

  it('puts the credit right after a picture inside text', async () => {
    const { html } = await render('Before ![A drawing](figures/cycle.svg){credit="Drawn for this course"} after');
    assert.ok(query(html).one('p > svg.figure-svg + span.figure-credit'));
  });
});
