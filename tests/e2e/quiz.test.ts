import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Browser, Locator, Page } from 'playwright-core';
import { axeViolations } from '../helpers/axe.ts';
import { runCli } from '../helpers/cli.ts';
import { pdfText, words } from '../helpers/pdf-text.ts';
import { buildOf, siteInBrowser } from '../helpers/site-browser.ts';
import { watchPage } from '../helpers/watch.ts';

const QUIZ_FIXTURE = 'tests/fixtures/quiz';
const NOTES = '/notes/01-self-check/';
const DECK = '/slides/01-self-check/';
const EXPLANATION = 'Regression predicts a number, such as a band gap in eV; classification predicts a category.';

/** `lecture-site pdf` over the quiz fixture's build in `dist`. */
function printFixture(dist: string): void {
  const result = runCli(['pdf', '--content', QUIZ_FIXTURE, '--dist', dist]);
  assert.equal(result.status, 0, result.output);
}

/** Tab until the focused element matches `selector` (at most `limit` presses). */
async function tabTo(page: Page, selector: string, limit = 60): Promise<void> {
  for (let press = 0; press < limit; press++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
  }
  assert.fail(`Tab never reached ${selector}`);
}

/** The words a question's live region holds (what a screen reader is told), once it has said something. */
async function announced(question: Locator): Promise<string> {
  const region = question.getByRole('status');
  await region.locator('.quiz-result:not(:empty)').waitFor();
  return words(await region.innerText());
}

/** Each option's accessible name, and whether it is chosen. */
async function options(question: Locator): Promise<string[]> {
  const controls = question.locator('input');
  return Promise.all((await controls.all()).map(async (control) => `${await control.evaluate((input) => (input as HTMLInputElement).labels?.[0]?.innerText.replace(/\s+/g, ' ').trim())}${await control.isChecked() ? ' [chosen]' : ''}`));
}

describe('self-check questions in Chromium (tests/fixtures/quiz)', () => {
  const site = siteInBrowser(async () => {
    const dist = await buildOf(QUIZ_FIXTURE)();
    printFixture(dist);
    return dist;
  });

  /** A page in a context of its own (its own localStorage; axe needs one), closed with it, and its problems and script requests. */
  async function open(path: string, options: Parameters<Browser['newContext']>[0] = {}) {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
    const page = await context.newPage();
    const problems = watchPage(page, site.server.url);
    const scripts: string[] = [];
    page.on('request', (request) => { if (request.resourceType() === 'script') scripts.push(request.url()); });
    await page.goto(site.server.url + path);
    return { page, context, problems, scripts, first: page.locator('.quiz').first(), second: page.locator('.quiz').nth(1) };
  }

  it('notes, with the mouse: no answer shown before answering, then right and wrong marked, said and explained', async () => {
    const { page, context, problems, scripts, first } = await open(NOTES);
    assert.deepEqual(scripts, [], 'no script before the reader uses a question');
    const before = await first.ariaSnapshot();
    assert.doesNotMatch(before, /right|wrong|Regression predicts/i, before);
    assert.match(await page.locator('.quiz').nth(1).ariaSnapshot(), /group "Question 2 Which of these .*\? Choose all that apply\."/, 'a question of several answers says so');
    assert.equal(await first.locator('.quiz-explanation').isVisible(), false);
    await first.getByLabel('Classification').check();
    await first.getByRole('button', { name: 'Check' }).click();
    assert.equal(await announced(first), `Not right: the answer is Regression. ${EXPLANATION}`);
    assert.deepEqual(await options(first), ['Classification wrong [chosen]', 'Regression right, not chosen', 'Clustering']);
    assert.ok(await first.locator('.quiz-explanation').isVisible());
    await first.getByLabel('Regression').check();
    assert.deepEqual(await options(first), ['Classification', 'Regression [chosen]', 'Clustering'], 'a changed answer is not checked yet');
    assert.equal(await first.locator('.quiz-explanation').isVisible(), false);
    await first.getByRole('button', { name: 'Check' }).click();
    assert.equal(await announced(first), `Right. ${EXPLANATION}`);
    assert.deepEqual(await options(first), ['Classification', 'Regression right [chosen]', 'Clustering']);
    assert.equal(page.url(), site.server.url + NOTES, 'checking stays on the page');
    assert.equal(scripts.length, 1, 'the quiz code, once');
    assert.deepEqual(problems, { consoleErrors: [], failedRequests: [], offsiteRequests: [] });
    await context.close();
  });

  it('notes, with the keyboard only: Tab, arrows, Space and Enter answer both questions, wrong then right', async () => {
    const { page, context, first, second } = await open(NOTES);
    await tabTo(page, 'input[form="quiz-1-form"][value="1"]');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    assert.equal(await announced(first), `Not right: the answer is Regression. ${EXPLANATION}`);
    assert.deepEqual(await options(first), ['Classification', 'Regression right, not chosen', 'Clustering wrong [chosen]']);
    await tabTo(page, 'input[form="quiz-2-form"][value="1"]');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    assert.equal(await announced(second), 'Not quite: 1 of 2 right answers chosen, and 1 wrong.');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await tabTo(page, 'button[form="quiz-2-form"]');
    await page.keyboard.press('Enter');
    assert.equal(await announced(second), 'Right: all 2 right answers.');
    assert.deepEqual(await options(second), ['Recall right [chosen]', 'Mean squared error', 'Precision right [chosen]']);
    await context.close();
  });

  it('notes: keeps the answers in this browser, and brings them back after a reload once the reader reaches a question', async () => {
    const { page, context, scripts, first, second } = await open(NOTES);
    await first.getByLabel('Regression').check();
    await first.getByRole('button', { name: 'Check' }).click();
    await announced(first);
    await page.reload();
    scripts.length = 0;
    assert.deepEqual(await options(first), ['Classification', 'Regression', 'Clustering'], 'nothing runs before the reader uses the page');
    assert.deepEqual(scripts, []);
    await first.hover();
    assert.equal(await announced(first), `Your saved answer: Right. ${EXPLANATION}`);
    assert.deepEqual(await options(first), ['Classification', 'Regression right [chosen]', 'Clustering']);
    assert.deepEqual(await options(second), ['Recall', 'Mean squared error', 'Precision'], 'a question never answered stays unanswered');
    const other = await context.newPage();
    await other.goto(site.server.url + NOTES);
    await tabTo(other, 'input[form="quiz-1-form"]');
    await announced(other.locator('.quiz').first());
    assert.deepEqual(await options(other.locator('.quiz').first()), ['Classification', 'Regression right [chosen]', 'Clustering'], 'reached with the keyboard, in another tab');
    await context.close();
  });

  it('notes: pass axe in light and dark, before and after answering', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, context, first, second } = await open(NOTES, { colorScheme });
      assert.deepEqual(await axeViolations(page), [], `${colorScheme}, unanswered`);
      await first.getByLabel('Classification').check();
      await first.getByRole('button', { name: 'Check' }).click();
      await second.getByLabel('Recall').check();
      await second.getByRole('button', { name: 'Check' }).click();
      await announced(second);
      assert.deepEqual(await axeViolations(page), [], `${colorScheme}, answered`);
      await context.close();
    }
  });

  it('deck: the options first; the next step marks the right one and shows the explanation; speaker notes as they were', async () => {
    const { page, context, problems } = await open(`${DECK}#/supervised-learning`, { viewport: { width: 1280, height: 720 } });
    await page.waitForSelector('html[data-deck-ready="true"]');
    const slide = page.locator('section#supervised-learning');
    // Which options show a mark, and whether the explanation shows.
    const shown = async () => ({
      marked: await slide.locator('.quiz-option').evaluateAll((choices) => choices.filter((choice) => {
        const mark = choice.querySelector('.quiz-mark');
        return mark && getComputedStyle(mark).visibility === 'visible';
      }).map((choice) => choice.querySelector('.quiz-option-text')!.firstChild!.textContent)),
      explanation: await slide.locator('.quiz-explanation').evaluate((element) => getComputedStyle(element).visibility),
    });
    assert.deepEqual(await shown(), { marked: [], explanation: 'hidden' });
    assert.deepEqual(await slide.locator('.quiz-choice').allInnerTexts(), ['Classification', 'Regression', 'Clustering']);
    assert.deepEqual(await axeViolations(page), []);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('section#supervised-learning .quiz-step')?.classList.contains('visible'));
    assert.deepEqual(await shown(), { marked: ['Regression'], explanation: 'visible' });
    assert.match(page.url(), /#\/supervised-learning/, 'still the same slide');
    assert.deepEqual(await slide.locator('aside.notes').allInnerTexts(), ['Ask the room first, then step to the answer.']);
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/#\/judging-a-classifier/);
    assert.deepEqual(problems, { consoleErrors: [], failedRequests: [], offsiteRequests: [] });
    await context.close();
  });

  it('deck, laid out for print: every question unanswered, whatever its step', async () => {
    const { page, context } = await open(`${DECK}?print-pdf`, { viewport: { width: 1920, height: 1080 } });
    await page.waitForSelector('html[data-deck-ready="true"]');
    const looks = await page.locator('.quiz-option').evaluateAll((choices) => choices.map((choice) => {
      const mark = choice.querySelector('.quiz-mark');
      return `${getComputedStyle(choice.querySelector('.quiz-choice')!).borderColor}${mark && getComputedStyle(mark).visibility === 'visible' ? ' marked' : ''}`;
    }));
    assert.equal(new Set(looks).size, 1, `the right options look like the others: ${looks.join(', ')}`);
    assert.ok(await page.locator('.quiz-step.visible').count() > 0, 'the steps are in their end state');
    await context.close();
  });

  it('slides PDF: each question with its options and nothing marked, the answer key on the last page', () => {
    const file = join(site.dist, 'pdf', '01-self-check-slides.pdf');
    const question = words(pdfText(file, 2));
    assert.match(question, /Which task predicts a continuous value\? .*Classification .*Regression .*Clustering/);
    assert.doesNotMatch(question, /right answer|Regression predicts/);
    const pages = pdfText(file).split('\f');
    assert.match(words(pages.at(-2) ?? ''), /^Answer key Question 1: Which task predicts a continuous value\? Answer: Regression Regression predicts a number.*Question 2: .* Answers: Recall; Precision/);
  });

  it('notes PDF and handout: the questions unanswered in the text, the answer key at the end', () => {
    const notes = words(pdfText(join(site.dist, 'pdf', '01-self-check-notes.pdf')));
    const key = notes.lastIndexOf('Answer key');
    assert.ok(key > notes.indexOf('Judging a classifier'), 'after the lecture');
    assert.match(notes.slice(key), /Question 1: Which task predicts a continuous value\? Answer: Regression Regression predicts a number.* Question 2: Which of these measure how well a classifier finds the positive class\? Answers: Recall; Precision/);
    assert.equal(notes.split('Regression predicts a number').length - 1, 1, 'the explanation only in the key');
    assert.doesNotMatch(notes, /\bCheck\b/);
    assert.match(words(pdfText(join(site.dist, 'pdf', '01-self-check-handout.pdf'))), /Answer key Question 1:/);
  });
});
