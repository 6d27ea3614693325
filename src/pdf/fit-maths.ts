import type { Page } from 'playwright-core';

/**
 * Scale down, to the width of their column, display equations that still
 * overflow after the stylesheet let them wrap (a fraction or matrix has no
 * break point): paper cannot scroll. Open the page with openA4Page, so it
 * is laid out as it will print.
 */
export async function fitWideMaths(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const display of document.querySelectorAll<HTMLElement>('.katex-display')) {
      const katex = display.querySelector<HTMLElement>(':scope > .katex');
      if (!katex || display.scrollWidth <= display.clientWidth + 1) continue;
      katex.style.whiteSpace = 'nowrap'; // one line, scaled as a whole, reads better than one broken at random
      katex.style.zoom = String(display.clientWidth / display.scrollWidth);
    }
  });
}
