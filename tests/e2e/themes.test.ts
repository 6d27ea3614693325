import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { axeViolations } from '../helpers/axe.ts';
import { siteInBrowser } from '../helpers/site-browser.ts';
import { serveWithTheme, THEMES } from '../helpers/theme.ts';

const DECK = '/slides/02-ml-basics/';
/** Slides of Lecture 2 to look at in each theme: title, maths, code, and a section, a table and the sources. */
const SLIDES = {
  title: 'title', maths: 'linear-regression', code: 'gradient-descent-in-code',
  section: 'linear-models', table: 'the-confusion-matrix', sources: 'source-materials',
};
/** What each theme must look like: slide background, text colour, rule under slide titles. */
const LOOKS = {
  default: { paper: 'rgb(255, 255, 255)', ink: 'rgb(22, 24, 29)', rule: '4px' },
  dark: { paper: 'rgb(16, 19, 24)', ink: 'rgb(230, 232, 238)', rule: '4px' },
  'high-contrast': { paper: 'rgb(255, 255, 255)', ink: 'rgb(0, 0, 0)', rule: '6px' },
};
const NOTES = '/notes/02-ml-basics/';

describe('course themes', () => {
  const site = siteInBrowser();

  for (const theme of THEMES) {
    it(`${theme}: title, maths, code, section, table and sources slides: the theme's look, axe, screenshots`, async () => {
      const context = await site.browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
      await serveWithTheme(context, theme);
      const page = await context.newPage();
      await page.goto(`${site.server.url}${DECK}#/${SLIDES.maths}`);
      await page.waitForSelector('html[data-deck-ready="true"]');
      const look = await page.evaluate(() => ({
        paper: getComputedStyle(document.body).backgroundColor,
        ink: getComputedStyle(document.querySelector('section.present li')!).color,
        rule: getComputedStyle(document.querySelector('section.present h2')!).borderBottomWidth,
      }));
      assert.deepEqual(look, LOOKS[theme]);
      const violations: string[] = [];
      for (const [name, id] of Object.entries(SLIDES)) {
        await page.evaluate((slide) => (location.hash = `#/${slide}`), id);
        await page.waitForFunction((slide) => document.querySelector('.slides > section.present')?.id === slide, id);
        await page.screenshot({ path: `test-results/theme-${theme}-${name}.png` });
        for (const violation of await axeViolations(page)) violations.push(`#/${id} ${violation}`);
      }
      await context.close();
      assert.deepEqual(violations, []);
    });

    // The default theme's reading pages are checked by accessibility.test.ts.
    it(`${theme}: a notes page passes axe in the light and the dark colour scheme`, { skip: theme === 'default' }, async () => {
      const violations: string[] = [];
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme });
        await serveWithTheme(context, theme);
        const page = await context.newPage();
        await page.goto(site.server.url + NOTES, { waitUntil: 'networkidle' });
        for (const violation of await axeViolations(page)) violations.push(`${colorScheme}: ${violation}`);
        await page.screenshot({ path: `test-results/theme-${theme}-notes-${colorScheme}.png` });
        await context.close();
      }
      assert.deepEqual(violations, []);
    });
  }
});
