import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { runCli } from '../helpers/cli.ts';
import { axeViolations } from '../helpers/axe.ts';
import { buildCourse } from '../helpers/build-run.ts';
import { pdfText, words } from '../helpers/pdf-text.ts';
import { indexedPages } from '../helpers/search-fragments.ts';
import { siteInBrowser } from '../helpers/site-browser.ts';

const FIXTURE = 'tests/fixtures/quarto';
const DECK = '/slides/01-quarto-deck/';
/** Speaker notes written three ways in the fixture deck (`::: {.notes}`, `::: notes`, `:::notes`). */
const SPEAKER_NOTES = ['SECRET-SPEAKER-NOTE', 'OTHER-SPEAKER-NOTE', 'THIRD-SPEAKER-NOTE'];

describe('the Quarto fixture deck, built and presented', () => {
  let buildOutput = '';
  const site = siteInBrowser(() => {
    const build = buildCourse(FIXTURE);
    buildOutput = build.output;
    assert.equal(build.status, 0, build.output);
    const pdf = runCli(['pdf', '--content', FIXTURE, '--dist', build.outDir]);
    assert.equal(pdf.status, 0, pdf.output);
    return build.outDir;
  });
  let page: Page;

  before(async () => {
    page = await (await site.browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
  });

  /** Open the deck at a slide and wait until reveal.js shows it. */
  async function openSlide(id: string): Promise<void> {
    await page.goto(`${site.server.url}${DECK}#/${id}`);
    await page.waitForSelector('html[data-deck-ready="true"]');
    await page.waitForFunction((slide) => document.querySelector('.reveal .slides > section.present')?.id === slide, id);
  }

  it('builds with no error and no warning but the two for the page directives the site makes itself (the leak guard found nothing)', () => {
    assert.match(buildOutput, /compiled \d of 3 lectures in [\d.]+ s \(0 error\(s\), 2 warning\(s\)\)/);
  });

  it('shows no syntax as text on any slide', async () => {
    await openSlide('overview');
    const text = await page.evaluate(() => {
      const slides = document.querySelector('.reveal .slides')!.cloneNode(true) as HTMLElement;
      slides.querySelectorAll('pre, code, kbd, aside.notes, .katex').forEach((element) => element.remove());
      return slides.textContent ?? '';
    });
    assert.doesNotMatch(text, /:::|\{[.#][a-z]|\{[a-z-]+=|\{\{<|\^\[|\$\$/);
  });

  it('keeps speaker notes off the slides and shows them in the speaker view', async () => {
    await openSlide('overview');
    const visible = await page.locator('.reveal .slides').innerText();
    for (const note of SPEAKER_NOTES) assert.ok(!visible.includes(note), `${note} is not shown on a slide`);
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    await popup.waitForSelector('.speaker-controls-notes', { timeout: 10_000 });
    assert.match(await popup.locator('.speaker-controls-notes').innerText(), /SECRET-SPEAKER-NOTE/);
    await popup.close();
  });

  it('keeps speaker notes out of the slides PDF and out of every slide\'s search result', () => {
    const slidesPdf = words(pdfText(join(site.dist, 'pdf', '01-quarto-deck-slides.pdf')));
    assert.match(slidesPdf, /This deck follows Quarto/);
    for (const note of SPEAKER_NOTES) assert.ok(!slidesPdf.includes(note), `${note} is not in the slides PDF`);
    const slideResults = indexedPages(site.dist).filter((result) => result.meta.kind === 'Slides');
    assert.ok(slideResults.some((result) => /This deck follows Quarto/.test(result.content)));
    for (const note of SPEAKER_NOTES) assert.ok(slideResults.every((result) => !result.content.includes(note)), `${note} is in no slide result`);
  });

  it('sets columns side by side', async () => {
    await openSlide('columns');
    const [left, right] = await page.locator('section.present .column').evaluateAll((columns) => columns.map((column) => column.getBoundingClientRect().toJSON() as DOMRect));
    assert.ok(left && right && Math.abs(left.top - right.top) < 2 && right.left >= left.right, 'the right column starts where the left ends');
    assert.ok(right.width > left.width, '60% is wider than 40%');
  });

  it('steps through fragments in their fragment-index order', async () => {
    await openSlide('fragments');
    const visible = () => page.locator('section.present .fragment.visible').evaluateAll((nodes) => nodes.map((node) => node.textContent?.trim()));
    assert.deepEqual(await visible(), []);
    await page.keyboard.press('ArrowRight');
    assert.deepEqual(await visible(), ['Comes up first']);
    await page.keyboard.press('ArrowRight');
    assert.ok((await visible()).length > 1);
    assert.ok(await page.locator('section.present .fragment.grow').count());
  });

  it('sets slide backgrounds from heading attributes', async () => {
    await openSlide('overview');
    const colour = await page.evaluate(() => getComputedStyle(document.querySelector('.reveal .backgrounds .slide-background.present')!).backgroundColor);
    assert.equal(colour, 'rgb(127, 255, 212)');
    await openSlide('stars');
    const image = await page.evaluate(() => getComputedStyle(document.querySelector('.reveal .backgrounds .slide-background.present .slide-background-content')!).backgroundImage);
    assert.match(image, /favicon\.svg/);
  });

  it('numbers cross-references and links them to their slide', async () => {
    await openSlide('equations-and-references');
    const links = await page.locator('section.present a.crossref').evaluateAll((anchors) => anchors.map((anchor) => [anchor.textContent, anchor.getAttribute('href')]));
    assert.deepEqual(links, [
      ['Equation 1', '#/eq-mass-energy'], ['Figure 1', '#/fig-elephants'], ['Figure 1 (b)', '#/fig-hanno'], ['2', '#/fig-map'], ['Table 1', '#/tbl-pipes'], ['Getting started', '#/sec-start'],
    ]);
    await page.locator('section.present a.crossref', { hasText: 'Figure 1 (b)' }).click();
    await page.waitForFunction(() => document.querySelector('.reveal .slides > section.present')?.id === 'figures');
    assert.match(await page.locator('section.present #fig-elephants figcaption').last().innerText(), /Figure 1: Famous elephants/);
  });

  it('places .absolute blocks, the aside and the slide\'s own footer, which replaces the deck\'s (frontmatter footer:)', async () => {
    await openSlide('positioned');
    const { top, scale } = await page.evaluate(() => {
      const section = document.querySelector('section.present')!.getBoundingClientRect();
      const placed = document.querySelector('section.present .absolute')!.getBoundingClientRect();
      return { top: placed.top - section.top, scale: section.width / 1920 };
    });
    assert.ok(Math.abs(top / scale - 200) < 2, `placed 200 px down the slide (got ${top / scale})`);
    const deckFooter = () => page.evaluate(() => getComputedStyle(document.querySelector('.reveal')!, '::after').content);
    assert.ok(await page.locator('section.present .slide-footer').isVisible());
    assert.equal(await deckFooter(), 'none');
    await openSlide('overview');
    assert.equal(await deckFooter(), '"Quarto fixture deck footer"');
  });

  it('draws real sub- and superscripts and code without ligatures', async () => {
    await openSlide('shortcodes-and-text');
    const styles = await page.evaluate(() => ['sub', 'sup'].map((tag) => {
      const element = document.querySelector(`section.present ${tag}`)!;
      return [getComputedStyle(element).verticalAlign, parseFloat(getComputedStyle(element).fontSize) < parseFloat(getComputedStyle(element.parentElement!).fontSize)];
    }));
    assert.deepEqual(styles, [['sub', true], ['super', true]]);
    await openSlide('line-highlighting');
    assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('section.present pre code')!).fontVariantLigatures), 'none');
  });

  it('leaves hidden slides out of the deck and shows the author on the title slide', async () => {
    await openSlide('title');
    assert.equal(await page.locator('#hidden-slide').count(), 0);
    assert.match(await page.locator('section.present .title-people').innerText(), /Jane Doe/);
  });

  it('keeps footnotes, collapsed callouts and tabs in the reading notes', async () => {
    await page.goto(`${site.server.url}/notes/01-quarto-deck/`);
    assert.match(await page.locator('section.footnotes').innerText(), /INLINE-NOTE-TEXT/);
    assert.equal(await page.locator('details.callout-details').evaluate((details) => (details as HTMLDetailsElement).open), false);
    const tabB = page.locator('[role=tab]', { hasText: 'Tab B' });
    assert.ok(!(await page.getByText('TAB-B-TEXT').isVisible()));
    await tabB.click();
    assert.ok(await page.getByText('TAB-B-TEXT').isVisible());
    assert.equal(await tabB.getAttribute('aria-selected'), 'true');
    await page.keyboard.press('ArrowLeft');
    assert.equal(await page.locator('[role=tab]', { hasText: 'Tab A' }).getAttribute('aria-selected'), 'true');
    assert.ok(!(await page.getByText('TAB-B-TEXT').isVisible()));
  });

  it('gives PDF bookmarks, search titles and contents lists plain text for maths in a title', () => {
    const course = JSON.parse(readFileSync(join(site.dist, 'course.json'), 'utf8')) as { lectures: { slides: { title: string }[] }[] };
    assert.ok(course.lectures[0]!.slides.some((slide) => slide.title === 'Perovskites ABX3'));
    assert.ok(indexedPages(site.dist).some((result) => result.meta.title === 'Perovskites ABX3'));
  });

  it('meets WCAG 2.2 AA on its notes pages and on the slides of every construct', async () => {
    for (const path of ['/notes/01-quarto-deck/', '/notes/02-jupyter-book/']) {
      await page.goto(site.server.url + path);
      assert.deepEqual(await axeViolations(page), [], path);
    }
    for (const id of ['overview', 'columns', 'fragments', 'callouts', 'more-callouts', 'figures', 'tables', 'positioned', 'stars', 'tabsets', 'shortcodes-and-text']) {
      await openSlide(id);
      assert.deepEqual(await axeViolations(page), [], id);
    }
  });

  describe('a deck written as Quarto\'s own demo deck is (03-quarto-demo.qmd: no number, inline styles, auto-animate, chalkboard buttons)', () => {
    const DEMO = '/slides/03-quarto-demo/';
    const open = async (id: string) => {
      await page.goto(`${site.server.url}${DEMO}#/${id}`);
      await page.waitForSelector('html[data-deck-ready="true"]');
      await page.waitForFunction((slide) => document.querySelector('.reveal .slides > section.present')?.id === slide, id);
    };

    it('draws the boxes its inline styles describe, from the lecture\'s stylesheet, with no inline style left', async () => {
      await open('auto-animate');
      const boxes = await page.locator('section.present [data-id]').evaluateAll((elements) => elements.map((element) => {
        const style = getComputedStyle(element);
        return { id: element.getAttribute('data-id'), background: style.backgroundColor, width: style.width, inline: element.hasAttribute('style'), delay: element.getAttribute('data-auto-animate-delay') };
      }));
      assert.deepEqual(boxes, [
        { id: 'box1', background: 'rgb(39, 128, 227)', width: '200px', inline: false, delay: '0' },
        { id: 'box2', background: 'rgb(63, 182, 24)', width: '200px', inline: false, delay: '0.1' },
        { id: 'box3', background: 'rgb(232, 62, 140)', width: '200px', inline: false, delay: '0.2' },
      ]);
      assert.equal(await page.locator('link[rel="stylesheet"][href$="/styles/03-quarto-demo.css"]').count(), 1);
    });

    it('hides the tools\' buttons (chalkboard: buttons: false) except on the slide that asks for them', async () => {
      await open('hello-there');
      assert.equal(await page.locator('.deck-dock').isVisible(), false);
      await open('chalkboard');
      assert.equal(await page.locator('.deck-dock').isVisible(), true);
    });

    it('places .absolute pictures where it says, and is numbered by its file name', async () => {
      await open('absolute-position');
      const placed = await page.locator('section.present img.absolute').first().evaluate((image) => {
        const style = getComputedStyle(image);
        return [style.position, style.top, style.left, style.width];
      });
      assert.deepEqual(placed, ['absolute', '170px', '30px', '400px']);
      const course = JSON.parse(readFileSync(join(site.dist, 'course.json'), 'utf8')) as { lectures: { id: string; number: number }[] };
      assert.equal(course.lectures.find((lecture) => lecture.id === '03-quarto-demo')?.number, 3);
    });
  });
});
