import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { query } from '../helpers/html.ts';
import { declaredStyle, fixturePipeline, renderLecture } from '../helpers/markdown.ts';
import { md } from '../helpers/pandoc-syntax.ts';

/** What was reported, as `line rule-id`. */
const reported = (messages: { line?: number | null; ruleId?: string | null }[]) =>
  [...messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)).map((message) => `${message.line} ${message.ruleId}`);

/** The deck's text a viewer can see: every slide without its speaker notes. */
function visibleDeckText(deckHtml: string): string {
  const tree = fromHtml(deckHtml, { fragment: true });
  const strip = (node: { children?: unknown[] }) => {
    node.children = node.children?.filter((child) => !((child as { tagName?: string }).tagName === 'aside' && String((child as { properties: { className?: string[] } }).properties.className).includes('notes')));
    node.children?.forEach((child) => strip(child as { children?: unknown[] }));
  };
  strip(tree as never);
  return toString(tree);
}

describe('speaker notes, in every spelling Quarto users write', () => {
  for (const fence of ['::: {.notes}', '::: notes', ':::{.notes}', ':::notes', '::: {.notes #n1}']) {
    it(`${fence} is a speaker-notes aside, not slide text`, async () => {
      const { views, notesHtml, messages } = await renderLecture(md('## Slide', '', 'Shown.', '', fence, 'SECRET words.', ':::'));
      assert.deepEqual(reported(messages), []);
      assert.match(query(views.deckHtml).text('section > aside.notes')[0] ?? '', /SECRET words/);
      assert.doesNotMatch(visibleDeckText(views.deckHtml), /SECRET/);
      assert.match(query(notesHtml).text('.lecture-notes')[0] ?? '', /SECRET words/);
    });
  }
});

describe('slide attributes on headings', () => {
  it('takes id, classes and reveal.js options from the heading, not into its title', async () => {
    const { views, messages } = await renderLecture(md(
      '## Overview {#intro .smaller background-color="aquamarine" auto-animate=true transition="fade-in slide-out" visibility="uncounted"}', '', 'Text.',
    ));
    assert.deepEqual(reported(messages), []);
    const section = query(views.deckHtml).one('section')!;
    assert.equal(section.properties.id, 'intro');
    assert.deepEqual(section.properties.className, ['slide', 'slide-slide', 'smaller']);
    assert.equal(section.properties.dataBackgroundColor, 'aquamarine');
    assert.equal(section.properties.dataAutoAnimate, 'true');
    assert.equal(section.properties.dataTransition, 'fade-in slide-out');
    assert.equal(section.properties.dataVisibility, 'uncounted');
    assert.deepEqual(views.slides.map((slide) => [slide.id, slide.title]), [['intro', 'Overview']]);
  });

  it('opens an untitled slide from a heading of attributes only, background and all', async () => {
    const { views, messages } = await renderLecture(md('## A', '', 'x', '', '## {background-image="/favicon.svg" background-size="contain"}'));
    assert.deepEqual(reported(messages), []);
    assert.deepEqual(views.slides.map((slide) => [slide.id, slide.title, slide.kind]), [['a', 'A', 'slide'], ['a-1', '', 'continuation']]);
    assert.equal(query(views.deckHtml).all('section')[1]!.properties.dataBackgroundImage, '/favicon.svg');
    assert.equal(query(views.deckHtml).all('section h2').length, 1);
  });

  it('prefixes background files with the base path', async () => {
    const { views } = await fixturePipeline({ base: '/course/' })(md('## {background-image="/favicon.svg"}'));
    assert.equal(query(views.deckHtml).one('section')!.properties.dataBackgroundImage, '/course/favicon.svg');
  });

  it('refuses remote and missing backgrounds, and values reveal.js has not, at the heading', async () => {
    const { messages } = await renderLecture(md(
      '## A {background-image="https://example.org/x.png"}', '', 'x', '',
      '## B {background-video="/missing.mp4"}', '', 'x', '',
      '## C {visibility="gone"}', '', 'x', '',
      '## D {backdrop=red}', '', 'x',
    ));
    assert.deepEqual(reported(messages), ['1 media-remote', '5 media-missing', '9 slide-attribute', '13 slide-attribute']);
  });

  it('keeps ids and classes on headings inside a slide; other attributes there are errors', async () => {
    const { notesHtml, messages } = await renderLecture(md('## A', '', '### Details {#sec-details .special}', '', '### More {background-color=red}'));
    assert.equal(query(notesHtml).one('h3#sec-details')?.properties.className?.toString(), 'special');
    assert.deepEqual(reported(messages), ['5 unknown-attribute']);
  });
});

describe('fragments, positions and slide furniture', () => {
  it('makes any div or span a fragment with reveal.js effects and an index', async () => {
    const { views, messages } = await renderLecture(md(
      '## A', '', '::: {.fade-up .fragment fragment-index=2}', 'Up', ':::', '',
      'Text [red]{.fragment .highlight-red} and [n]{.fragment fragment-index=1}.', '',
      '::: {.column .fragment}', 'c', ':::',
    ));
    assert.ok(reported(messages).every((entry) => entry.endsWith('column-outside-columns')));
    const html = query(views.deckHtml);
    assert.equal(html.one('div.fragment.fade-up')?.properties.dataFragmentIndex, '2');
    assert.deepEqual(html.text('span.fragment.highlight-red'), ['red']);
    assert.equal(html.one('span.fragment:not(.highlight-red)')?.properties.dataFragmentIndex, '1');
    assert.ok(html.one('div.column.fragment'));
  });

  it('reports a misspelt fragment effect and a fragment-index that is no number', async () => {
    const { messages } = await renderLecture(md('## A', '', '[x]{.fragment .fade-upp}', '', '[y]{.fragment fragment-index=two}'));
    assert.deepEqual(reported(messages), ['3 attribute-value', '5 attribute-value']);
  });

  it('places .absolute blocks with checked lengths; the notes keep them in the flow', async () => {
    const { views, messages, styles } = await renderLecture(md('## A', '', '::: {.absolute top=200 left="10%" width=350}', 'Placed', ':::', '', '::: {.absolute top="1em;color:red"}', 'x', ':::'));
    assert.equal(declaredStyle(query(views.deckHtml).one('div.absolute'), styles), 'position: absolute; top: 200px; left: 10%; width: 350px');
    assert.deepEqual(reported(messages), ['7 attribute-value']);
  });

  it('puts an aside on the slide and the notes, and a slide footer on the slide only', async () => {
    const { views, notesHtml } = await renderLecture(md('## A', '', 'x', '', '::: aside', 'Small print', ':::', '', '::: footer', 'FOOTER text', ':::'));
    assert.deepEqual(query(views.deckHtml).text('section > .aside'), ['Small print']);
    assert.deepEqual(query(views.deckHtml).text('section > .slide-footer'), ['FOOTER text']);
    assert.doesNotMatch(notesHtml, /FOOTER/);
    assert.match(notesHtml, /Small print/);
  });

  it('keeps r-fit-text and unknown classes as classes, and :::stretch for Quarto\'s .r-stretch div', async () => {
    const { views, messages } = await renderLecture(md('## A', '', '::: {.r-fit-text}', 'Big', ':::', '', '::: {.my-style}', 'Mine', ':::', '', '::: {.r-stretch}', 'S', ':::'));
    assert.deepEqual(reported(messages), []);
    const html = query(views.deckHtml);
    assert.deepEqual(html.text('div.r-fit-text'), ['Big']);
    assert.deepEqual(html.text('div.my-style'), ['Mine']);
    assert.ok(html.one('div.stretch.r-stretch'));
  });

  it('reports a class one typo away from a block name, and attributes no block reads', async () => {
    const { messages } = await renderLecture(md('## A', '', '::: {.callout-tipp}', 'x', ':::', '', '::: {.notes colour=red}', 'y', ':::'));
    assert.deepEqual(reported(messages), ['3 unknown-directive', '7 unknown-attribute']);
    assert.match(messages[0]!.note ?? '', /did you mean "\.callout-tip"\?/);
  });

  it('reads Pandoc sub- and superscripts; two tildes stay strikethrough', async () => {
    const { notesHtml } = await renderLecture('## A\n\nCsPbI~3~, Pb^2+^, ~~old~~ and x^2 y.');
    assert.deepEqual(query(notesHtml).text('sub'), ['3']);
    assert.deepEqual(query(notesHtml).text('sup'), ['2+']);
    assert.deepEqual(query(notesHtml).text('del'), ['old']);
    assert.match(notesHtml, /x\^2 y/);
  });
});
