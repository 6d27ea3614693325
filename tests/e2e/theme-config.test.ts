import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { axeViolations } from '../helpers/axe.ts';
import { buildCourse } from '../helpers/build-run.ts';
import { buildOf, siteInBrowser } from '../helpers/site-browser.ts';
import { scratchFolder } from '../helpers/scratch.ts';

/** The course's content with another `theme:` in course.yaml (and files beside it). */
function contentWithTheme(theme: string, files: Record<string, string> = {}): string {
  const dir = scratchFolder('theme-content');
  cpSync('content', dir, { recursive: true });
  const course = readFileSync(join(dir, 'course.yaml'), 'utf8');
  const themed = course.replace(/^theme:\n( {2}.*\n)+/m, `${theme}\n`);
  assert.notEqual(themed, course, 'course.yaml has a theme block to replace');
  writeFileSync(join(dir, 'course.yaml'), themed);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const OVERRIDES = `:root { --footer: 'MATE70026 · Spring term'; --logo: url('/favicon.svg'); }
:root[data-course-theme='dark'] { --paper-alt: #262b35; }
`;

describe('the theme set in course.yaml, built', () => {
  const site = siteInBrowser(buildOf(contentWithTheme("theme:\n  name: dark\n  accent: '#7a1f5c'\n  stylesheet: theme.css", { 'theme.css': OVERRIDES })));

  it('marks every page with the theme and inlines the lecturer’s stylesheet', () => {
    for (const page of ['index.html', 'notes/01-introduction/index.html', 'slides/01-introduction/index.html']) {
      const html = readFileSync(join(site.dist, page), 'utf8');
      assert.match(html, /<html[^>]* data-course-theme="dark" style="--accent: #7a1f5c"/, page);
      assert.ok(html.includes(OVERRIDES.trim()), `${page} inlines theme.css`);
    }
  });

  it('shows a dark deck with the stylesheet’s footer and logo, and passes axe', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/slides/01-introduction/`);
    await page.waitForSelector('html[data-deck-ready="true"]');
    const look = await page.evaluate(() => ({
      paper: getComputedStyle(document.body).backgroundColor,
      footer: getComputedStyle(document.querySelector('.reveal')!, '::after').content,
      logo: getComputedStyle(document.querySelector('.title-logo')!).backgroundImage,
      panel: getComputedStyle(document.querySelector('.title-panel')!).backgroundImage,
    }));
    assert.equal(look.paper, 'rgb(16, 19, 24)');
    assert.equal(look.footer, '"MATE70026 · Spring term"');
    assert.match(look.logo, /\/favicon\.svg/);
    assert.match(look.panel, /rgb\(122, 31, 92\)/, 'the title panel takes the accent');
    await page.screenshot({ path: 'test-results/theme-config-dark-title.png' });
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });

  it('stops the build on an unknown theme, naming the key, the nearest name and the choices', () => {
    const result = buildCourse(contentWithTheme('theme: drak'));
    assert.notEqual(result.status, 0);
    assert.match(result.output, /course\.yaml:\d+:\d+ error course\.yaml "theme\.name": unknown theme "drak" \(did you mean dark\?\): use one of default, dark, high-contrast/);
    assert.doesNotMatch(result.output, /^\s+at /m, 'no stack trace');
  });

  it('stops the build on a missing stylesheet, saying where to start from', () => {
    const result = buildCourse(contentWithTheme('theme:\n  stylesheet: missing.css'));
    assert.notEqual(result.status, 0);
    assert.match(result.output, /course\.yaml:\d+:1 error course\.yaml "theme\.stylesheet": \S+missing\.css does not exist — copy src\/styles\/theme-overrides\.css there and edit it/);
    assert.doesNotMatch(result.output, /^\s+at /m, 'no stack trace');
  });
});
