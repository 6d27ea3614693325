import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { query } from '../helpers/html.ts';
import { fixturePipeline, renderLecture } from '../helpers/markdown.ts';
import { md } from '../helpers/pandoc-syntax.ts';

const errors = (messages: { fatal?: boolean | null; line?: number | null; ruleId?: string | null }[]) =>
  messages.filter((message) => message.fatal).map((message) => `${message.line} ${message.ruleId}`);

describe('callouts: ours, Quarto\'s and MyST\'s', () => {
  it('gives each spelling its kind and title', async () => {
    const { notesHtml, messages } = await renderLecture(md(
      '## A', '',
      '::: {.callout-tip title="Try this"}', 'x', ':::', '',
      '::: callout-important', '## A heading title', 'y', ':::', '',
      '```{admonition} Why squares?', ':class: warning', '', 'z', '```', '',
      '```{hint}', 'h', '```', '',
      ':::{seealso}', 's', ':::', '',
      ':::note[Ours]', 'o', ':::',
    ));
    assert.deepEqual(errors(messages), []);
    const page = query(notesHtml);
    assert.deepEqual(page.all('aside.callout').map((callout) => String(callout.properties.className)), [
      'callout,callout-tip', 'callout,callout-important', 'callout,callout-warning', 'callout,callout-tip', 'callout,callout-note', 'callout,callout-note',
    ]);
    assert.deepEqual(page.text('.callout-title'), ['Try this', 'A heading title', 'Why squares?', 'Hint', 'See also', 'Ours']);
    assert.equal(page.all('aside.callout h2').length, 0, 'the heading became the title');
  });

  it('collapses in the notes and stands open on slides', async () => {
    const { notesHtml, views } = await renderLecture(md('## A', '', '::: {.callout-note collapse="true"}', 'Hidden', ':::', '', '```{note}', ':class: dropdown', 'Drop', '```', '', '::: {.callout-tip collapse=false}', 'Open', ':::'));
    assert.deepEqual(query(notesHtml).all('details.callout-details').map((details) => details.properties.open ?? false), [false, false, true]);
    assert.deepEqual(query(views.deckHtml).all('details.callout-details').map((details) => details.properties.open), [true, true, true]);
    assert.deepEqual(query(notesHtml).text('summary.callout-title'), ['Note', 'Note', 'Tip']);
  });

  it('reports callout attributes with values Quarto does not have', async () => {
    const { messages } = await renderLecture(md('## A', '', '::: {.callout-note collapse=maybe appearance=loud}', 'x', ':::'));
    assert.deepEqual(errors(messages), ['3 attribute-value', '3 attribute-value']);
  });
});

describe('panel-tabset', () => {
  const tabs = md('## A', '', '::: {.panel-tabset}', '### Tab A {-}', '', 'First', '', '### Tab B', '', 'Second', ':::');

  it('is an ARIA tab list in the notes, one panel shown', async () => {
    const { notesHtml } = await renderLecture(tabs);
    const page = query(notesHtml);
    const buttons = page.all('[role=tablist] > button[role=tab]');
    assert.deepEqual(buttons.map((button) => [String(button.properties.ariaControls), String(button.properties.ariaSelected)]), [['tabset-1-1', 'true'], ['tabset-1-2', 'false']]);
    assert.deepEqual(page.all('[role=tabpanel]').map((panel) => String(panel.properties.className)), ['tabset-panel,active', 'tabset-panel']);
    assert.equal(page.all('.panel-tabset h3').length, 0, 'tab headings are not notes headings');
  });

  it('stacks the tabs under their titles on slides', async () => {
    const { views } = await renderLecture(tabs);
    const page = query(views.deckHtml);
    assert.equal(page.all('[role=tablist], [role=tabpanel], [aria-labelledby]').length, 0);
    assert.deepEqual(page.text('.tabset-panel .tabset-title'), ['Tab A', 'Tab B']);
  });

  it('reports a tabset without tabs', async () => {
    const { messages } = await renderLecture(md('## A', '', '::: panel-tabset', 'No headings', ':::'));
    assert.deepEqual(errors(messages), ['3 panel-tabset']);
  });
});

describe('shortcodes', () => {
  const withVideo = fixturePipeline({ siteFiles: new Set(['/media/intro.mp4']) });

  it('reads meta, kbd, video and pagebreak', async () => {
    const { notesHtml, views, messages } = await withVideo(
      md('## A', '', 'In {{< meta title >}}, press {{< kbd Ctrl-C mac=Cmd-C >}}.', '', '{{< video /media/intro.mp4 title="Intro" start=5 width=640 >}}', '', '{{< pagebreak >}}'),
      { data: { title: 'Lecture title', number: 1 } },
    );
    assert.deepEqual(errors(messages), []);
    const page = query(notesHtml);
    assert.match(page.text('p')[0] ?? '', /^In Lecture title, press Ctrl-C \/ Cmd-C\.$/);
    assert.deepEqual(page.text('kbd'), ['Ctrl-C', 'Cmd-C']);
    const video = page.one('video')!;
    assert.deepEqual([video.properties.src, video.properties.title, video.properties.width, video.properties.controls], ['/media/intro.mp4#t=5', 'Intro', 640, true]);
    assert.ok(page.one('.page-break'));
    assert.equal(query(views.deckHtml).all('.page-break').length, 0);
  });

  it('refuses remote and missing videos, unknown shortcodes and arguments, at their line', async () => {
    const { messages } = await withVideo(md(
      '## A', '', '{{< video https://www.youtube.com/embed/x >}}', '', '{{< video /media/none.mp4 >}}', '',
      '{{< var version >}}', '', '{{< video /media/intro.mp4 autoplay=true >}}', '', '{{< meta nothing >}}',
    ), { data: { title: 'T', number: 1 } });
    assert.deepEqual(errors(messages), ['3 media-remote', '5 media-missing', '7 unknown-shortcode', '9 shortcode-argument', '11 shortcode-argument']);
    assert.match(messages.find((message) => message.ruleId === 'unknown-shortcode')?.note ?? '', /meta, kbd, video, pagebreak/);
  });
});

describe('MyST roles', () => {
  it('reads doc, cite, math, sub, sup and abbr, and reports others', async () => {
    const { notesHtml, messages, internalLinks } = await renderLecture(md(
      '## A', '', 'See {doc}`02-second`, {cite}`turing1950`, {math}`x^2`, H{sub}`2`O, x{sup}`n`, {abbr}`ML (machine learning)` and {term}`loss`.',
    ));
    assert.deepEqual(errors(messages), ['3 unknown-role']);
    const page = query(notesHtml);
    assert.deepEqual(internalLinks.map((link) => link.url), ['/notes/02-second/']);
    assert.ok(page.one('a.cite-link[data-cite=turing1950]'));
    assert.ok(page.one('.katex math'));
    assert.deepEqual([page.text('sub'), page.text('sup'), page.one('abbr')?.properties.title], [['2'], ['n'], 'machine learning']);
  });
});

describe('display code the Pandoc way', () => {
  it('reads code-line-numbers steps (a leading | starts with nothing marked) and .numberLines', async () => {
    const { views, messages } = await renderLecture(md('## A', '', '```{.python code-line-numbers="|2|3"}', 'a = 1', 'b = 2', 'c = 3', '```', '', '```{.r .numberLines}', 'x <- 1', '```'));
    assert.deepEqual(errors(messages), []);
    const [steps, numbered] = query(views.deckHtml).all('pre');
    assert.equal(steps!.properties.dataLanguage, 'python');
    assert.equal(steps!.properties.dataLineSteps, '|2|3');
    assert.ok(String(steps!.properties.className).includes('line-numbers'));
    assert.equal(query(views.deckHtml).all('pre .line.highlighted').length, 0, 'nothing marked before the first step');
    assert.equal(query(views.deckHtml).all('.fragment.code-step').length, 2);
    assert.ok(String(numbered!.properties.className).includes('line-numbers'));
  });

  it('warns at the fence about a language Shiki lacks, instead of Shiki\'s unplaced warning', async () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      const { messages } = await renderLecture(md('## A', '', '```fortranx', 'x', '```'));
      assert.deepEqual(messages.map((message) => [message.ruleId, message.line, message.fatal]), [['code-language', 3, false]]);
    } finally {
      console.warn = original;
    }
    assert.deepEqual(warnings, []);
  });

  it('passes raw HTML blocks through, drops other raw formats, and reports MyST directives it does not read', async () => {
    const { notesHtml, messages } = await renderLecture(md('## A', '', '```{=html}', '<b class="raw">raw</b>', '```', '', '```{=latex}', '\\newpage', '```', '', '```{figure} a.png', ':name: f', '```'));
    assert.ok(query(notesHtml).one('b.raw'));
    assert.doesNotMatch(notesHtml, /newpage/);
    assert.deepEqual(errors(messages), ['11 unknown-directive']);
    assert.match(messages[0]!.note ?? '', /\{#fig-x\}/);
  });

  it('reports attributes a code block does not read', async () => {
    const { messages } = await renderLecture(md('## A', '', '```{.python filename="x.py"}', 'x', '```'));
    assert.deepEqual(errors(messages), ['3 unknown-attribute']);
  });
});
