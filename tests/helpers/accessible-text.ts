import type { Page } from 'playwright-core';

/**
 * The text Chromium gives assistive technology inside the element `selector`
 * picks, in reading order, one entry per text run: what a screen reader
 * reads there. Unlike the DOM's text it holds CSS generated content
 * (`::before`, counters resolved), as the page shows it.
 */
export async function accessibleText(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) throw new Error(`no element matches ${selector}`);
    const { nodes } = await cdp.send('Accessibility.queryAXTree', { nodeId, role: 'StaticText' });
    return nodes.map((node) => String(node.name?.value ?? ''));
  } finally {
    await cdp.detach();
  }
}
