import type { Page } from 'playwright-core';

/** A font Chromium used to draw the text of an element, with how many glyphs it drew. */
export interface UsedFont {
  familyName: string;
  glyphCount: number;
}

/**
 * The fonts Chromium really drew an element's text with (DevTools protocol
 * `CSS.getPlatformFontsForNode`), after the page's web fonts have loaded: the
 * renderer's answer, not the stylesheet's wish.
 */
export async function fontsUsedFor(page: Page, selector: string): Promise<UsedFont[]> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) throw new Error(`no element matches ${selector}`);
    // The answer covers an element's own text nodes: ask for the element and each element inside it.
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId, selector: '*' });
    const used = new Map<string, number>();
    for (const id of [nodeId, ...nodeIds]) {
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId: id });
      for (const font of fonts) used.set(font.familyName, (used.get(font.familyName) ?? 0) + font.glyphCount);
    }
    return [...used].map(([familyName, glyphCount]) => ({ familyName, glyphCount }));
  } finally {
    await cdp.detach();
  }
}
