import type { RevealApi } from 'reveal.js';

/** The boxes of a slide laid out to fit, which scroll what they hold (src/markdown/remark-slide-fit.ts, deck-fit.css). */
const BOXES = '.slide-fit .slide-scroll';

/** Keys that scroll a focused box rather than move through the deck. */
const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End']);

/**
 * Whether a key belongs to the scroll box that has the focus: reveal.js leaves those keys to it,
 * so Tab to a box then ↑/↓ (or Page Up/Down) scrolls it, and → or Space still go on.
 */
export function scrollBoxKey(event: KeyboardEvent): boolean {
  return SCROLL_KEYS.has(event.key) && document.activeElement?.matches(BOXES) === true;
}

/**
 * Make the boxes of a shown slide that do scroll reachable by keyboard (Tab), and the others not;
 * a finger on a box scrolls it rather than swiping to the next slide (reveal.js's data-prevent-swipe).
 */
function markScrollBoxes(slide: Element | undefined): void {
  for (const box of slide?.querySelectorAll<HTMLElement>(BOXES) ?? []) {
    const scrolls = box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1;
    box.toggleAttribute('data-prevent-swipe', scrolls);
    if (scrolls) box.tabIndex = 0;
    else box.removeAttribute('tabindex');
  }
}

/**
 * A block taller than its slide scrolls in a box of its own (src/styles/deck-fit.css); once the
 * slide is shown (and so laid out), each box that does scroll takes keyboard focus, as a
 * scrolling region must for keyboard users (WCAG 2.1.1).
 */
export function keyboardScrollBoxes(deck: RevealApi): void {
  const mark = () => markScrollBoxes(deck.getCurrentSlide());
  deck.on('ready', mark);
  deck.on('slidechanged', mark);
  deck.on('resize', mark);
}
