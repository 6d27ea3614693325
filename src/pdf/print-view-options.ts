import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { Drawings } from '../client/annotations/model.ts';
import { drawingsFile } from '../client/annotations/model.ts';
import { drawingsStorageKey } from '../client/annotations/storage.ts';

const ALL_FRAGMENTS_CSS = readFileSync(new URL('./all-fragments.css', import.meta.url), 'utf8');

/**
 * Before the deck loads, keep `drawings` in the page's browser storage under
 * the deck's path, where the deck keeps the drawings made in a browser: its
 * print view then draws them as printing from that browser does (strokes on
 * their slide, each used board as a page after it; src/client/annotations/print.ts).
 */
export async function storeDrawings(page: Page, deckUrl: string, drawings: Drawings): Promise<void> {
  const deck = new URL(deckUrl).pathname;
  await page.addInitScript(({ key, value }) => localStorage.setItem(key, value), { key: drawingsStorageKey(deck), value: drawingsFile(deck, drawings) });
}

/** Show every fragment of the print view at once, those a later step hides or dims too (see all-fragments.css). */
export async function showAllFragments(page: Page): Promise<void> {
  await page.addStyleTag({ content: ALL_FRAGMENTS_CSS });
}
