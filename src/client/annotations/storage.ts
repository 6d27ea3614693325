import { drawingsFile, parseDrawingsFile, type Drawings } from './model.ts';

/** Each deck keeps its drawings under its own key (its path), in the same format as a downloaded file. */
export const drawingsStorageKey = (deck: string) => `slide-annotations:${deck}`;

/** The drawings this browser kept for a deck (none if there are none, or they cannot be read). */
export function loadStoredDrawings(deck: string): Drawings {
  try {
    const text = localStorage.getItem(drawingsStorageKey(deck));
    const parsed = text ? parseDrawingsFile(text) : undefined;
    return parsed && 'drawings' in parsed ? parsed.drawings : {};
  } catch {
    return {};
  }
}

/** Keep a deck's drawings in this browser; false when storage is full or refused (private mode). */
export function storeDrawings(deck: string, drawings: Drawings): boolean {
  try {
    if (Object.keys(drawings).length === 0) localStorage.removeItem(drawingsStorageKey(deck));
    else localStorage.setItem(drawingsStorageKey(deck), drawingsFile(deck, drawings));
    return true;
  } catch {
    return false;
  }
}

/** Call back when another window of this site (the speaker view, another tab) changes the deck's drawings. */
export function onStoredDrawingsChange(deck: string, callback: (drawings: Drawings) => void): void {
  window.addEventListener('storage', (event) => {
    if (event.key === drawingsStorageKey(deck)) callback(loadStoredDrawings(deck));
  });
}
