import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { query } from '../helpers/html.ts';
import { renderLecture } from '../helpers/markdown.ts';
import { fromQuarto } from '../../src/compile/quarto-frontmatter.ts';
import { lectureSchema } from '../../src/schemas/lecture.ts';

/** The errors of a lecture body as `rule:line`. */
const errorsOf = (messages: Awaited<ReturnType<typeof renderLecture>>['messages']) =>
  messages.filter((message) => message.fatal).map((message) => `${message.ruleId}:${message.line}`);

describe('Quarto decks as they are written: inline styles', () => {
  it('moves a div\'s, a span\'s, an image\'s and raw HTML\'s style into a class of the lecture\'s stylesheet, checked by css-tree', async () => {
    const { deckHtml } = (await renderLecture([
      '## Boxes',
      '',
      '::: {data-id="box1" style="background: #2780e3; width: 200px; height: 150px; margin: 10px;"}',
      ':::',
      '',
      'A [red]{style="color: red"} word and ![An icon](/favicon.svg){style="border: 3px solid #dee2e6;" width="780"}',
      '',
      '<p style="text-align: center; margin-top: 1em">Raw</p>',
    ].join('\n'))).views;
    const { styles, messages } = await renderLecture('## S\n\n::: {style="background: #2780e3; width: 200px; height: 150px; margin: 10px;"}\n:::\n');
    assert.deepEqual(errorsOf(messages), []);
    assert.doesNotMatch(deckHtml, /style="/, 'no inline style of the lecture is left on the page');
    const page = query(deckHtml);
    const box = page.one('[data-id="box1"]')!;
    const name = (box.properties.className as string[]).find((value) => value.startsWith('s-'))!;
    assert.match(name, /^s-[0-9a-f]{8}$/);
    assert.equal(styles, `.${name}{background:#2780e3!important;width:200px!important;height:150px!important;margin:10px!important}`,
      'the same declarations, serialised by css-tree, important so they win as an inline style would');
    assert.ok(page.one('span[class^="s-"]') && page.one('img[class*="s-"]') && page.one('p[class^="s-"]'));
  });

  it('lets a style name a file of the site, and refuses remote files, unlisted properties and what does not parse, at their lines', async () => {
    const { messages, styles } = await renderLecture([
      '## S',
      '',
      '::: {style="background-image: url(/favicon.svg)"}',
      'Starry',
      ':::',
      '',
      '<div style="background: url(https://evil.example/x.png)">remote</div>',
      '',
      '<div style="behavior: url(/favicon.svg)">old IE</div>',
      '',
      '<div style="color: red} body{display:none">breakout</div>',
      '',
      '<div style="background: url(/no-such-file.png)">missing</div>',
    ].join('\n'));
    assert.deepEqual(errorsOf(messages), ['inline-style:7', 'inline-style:9', 'inline-style:11', 'inline-style:13']);
    assert.match(styles, /url\(\/favicon\.svg\)/);
    assert.doesNotMatch(styles, /evil|behavior|display:none|no-such-file/);
  });

  it('leaves the colours Shiki gives code alone', async () => {
    const { deckHtml } = (await renderLecture('## S\n\n```python\nx = 1\n```\n')).views;
    assert.match(deckHtml, /<pre class="astro-code[^"]*" style="--shiki-light/);
  });
});

describe('Quarto decks as they are written: attributes', () => {
  it('passes every auto-animate setting of a slide and of an element to reveal.js', async () => {
    const { deckHtml } = (await renderLecture([
      '## Auto {auto-animate="true" auto-animate-easing="ease-in-out" auto-animate-delay="0.1"}',
      '',
      '::: {data-id="box" auto-animate-delay="0.2" auto-animate-duration="2" auto-animate-easing="linear"}',
      'Box',
      ':::',
    ].join('\n'))).views;
    const slide = query(deckHtml).one('section')!;
    assert.equal(slide.properties.dataAutoAnimateEasing, 'ease-in-out');
    assert.equal(slide.properties.dataAutoAnimateDelay, '0.1');
    const box = query(deckHtml).one('[data-id="box"]')!;
    assert.deepEqual([box.properties.dataAutoAnimateDelay, box.properties.dataAutoAnimateDuration, box.properties.dataAutoAnimateEasing], ['0.2', '2', 'linear']);
  });

  it('places an .absolute image, aligns one with fig-align, takes fig-alt as alt text, and refuses an attribute no image reads', async () => {
    const { views, messages, styles } = await renderLecture([
      '## Pictures',
      '',
      '![](/favicon.svg){.absolute top="170" left="30" width="400" fig-alt="The site icon, placed"}',
      '',
      '![An icon](/favicon.svg){fig-align="center" lightbox="true"}',
    ].join('\n'));
    assert.deepEqual(errorsOf(messages), ['unknown-attribute:5']);
    const placed = query(views.deckHtml).one('img.absolute')!;
    assert.equal(placed.properties.alt, 'The site icon, placed');
    assert.match(styles, /position:absolute!important;top:170px!important;left:30px!important;width:400px!important/);
    assert.match(styles, /display:block!important;margin-inline:auto!important/);
  });

  it('shows or hides the tools\' buttons as Quarto\'s chalkboard says: for the deck and for one slide', async () => {
    const data = lectureSchema.parse({ title: 'T', number: 1, format: { revealjs: { chalkboard: { buttons: false } } } });
    assert.equal(fromQuarto(data).reveal?.toolButtons, false);
    const { deckHtml } = (await renderLecture('## Chalkboard {chalkboard-buttons="true"}\n\nDraw.')).views;
    assert.equal(query(deckHtml).one('section')!.properties.dataChalkboardButtons, 'true');
    const wrong = await renderLecture('## Chalkboard {chalkboard-buttons="yes"}\n\nDraw.');
    assert.deepEqual(errorsOf(wrong.messages), ['slide-attribute:1']);
  });

  it('reads HTML attribute names as HTML does: an embed code\'s frameborder="0" in any case', async () => {
    const { messages } = await renderLecture('## S\n\n<iframe FrameBorder="0" src="/favicon.svg" title="Embedded"></iframe>');
    assert.deepEqual(errorsOf(messages), []);
  });

  it('keeps emoji out of slide ids', async () => {
    const { views } = await renderLecture('## 👋 Getting started\n\nHello.\n\n## Café ☕ time\n\nBreak.');
    assert.deepEqual(views.slides.map((slide) => slide.id), ['getting-started', 'café-time']);
  });
});
