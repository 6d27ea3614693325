import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

/** The WCAG 2.2 A and AA rule sets of axe-core. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** `rule: selector — help` lines, for readable failures. */
const violationLines = (result: Pick<AxeResults, 'violations'>) => result.violations.flatMap((violation) =>
  violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} — ${violation.help}`));

/** Run axe on a page; each violation comes back as a `rule: selector` line. */
export async function axeViolations(page: Page): Promise<string[]> {
  return violationLines(await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze());
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const axeLoaded = new WeakSet<Page>();

/**
 * Run axe (its own `axe.run`) on what `include` selects, or the whole page, in a page that keeps axe-core
 * loaded between runs: a deck walked slide by slide changes only its hash, and AxeBuilder would load axe
 * again for every slide, half the time a slide takes.
 */
export async function axeViolationsKeptLoaded(page: Page, include?: string): Promise<string[]> {
  if (!axeLoaded.has(page)) {
    await page.evaluate(AXE_SOURCE);
    axeLoaded.add(page);
  }
  return violationLines(await page.evaluate(async ([context, tags]) => {
    const { axe } = window as unknown as { axe: typeof import('axe-core') };
    const { violations } = await axe.run(context ?? document, { runOnly: { type: 'tag', values: tags } });
    return { violations: violations.map(({ id, help, nodes }) => ({ id, help, nodes: nodes.map(({ target }) => ({ target })) })) };
  }, [include, WCAG_TAGS] as const) as Pick<AxeResults, 'violations'>);
}
