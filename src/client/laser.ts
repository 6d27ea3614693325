import type { RevealPlugin } from 'reveal.js';
import type { Deck } from './reveal-api.ts';

/** Q: the key of Quarto's laser pointer. */
export const LASER_KEY = 81;

/**
 * A laser pointer: Q turns the pointer into a red dot that follows the mouse,
 * pen or finger over the deck (the cursor hidden), Q again turns it off.
 */
export function laserPlugin(): RevealPlugin {
  return {
    id: 'laser',
    init(api) {
      const deck = api as Deck;
      if (deck.isPrintView()) return;
      const root = deck.getRevealElement()!;
      const dot = document.createElement('div');
      dot.className = 'laser-dot';
      dot.setAttribute('aria-hidden', 'true');
      dot.hidden = true;
      document.body.append(dot);
      const move = (event: PointerEvent) => {
        dot.style.translate = `${event.clientX}px ${event.clientY}px`;
        dot.hidden = false;
      };
      const toggle = () => {
        const on = root.classList.toggle('laser-on');
        if (on) document.addEventListener('pointermove', move);
        else document.removeEventListener('pointermove', move);
        dot.hidden = true;
      };
      deck.addKeyBinding({ keyCode: LASER_KEY, key: 'Q', description: 'Laser pointer on / off' }, toggle);
    },
  };
}
