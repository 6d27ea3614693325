import type { RevealPlugin } from 'reveal.js';
import { List, Pencil, Pointer, type IconNode } from 'lucide';
import { ANNOTATE_KEY } from './annotations/plugin.ts';
import { iconButton } from './icons.ts';
import { LASER_KEY } from './laser.ts';
import type { Deck } from './reveal-api.ts';
import { MENU_KEY } from './slide-menu.ts';

const BUTTONS: [IconNode, string, string, number][] = [
  [List, 'Slide menu', 'M', MENU_KEY],
  [Pencil, 'Annotate', 'C', ANNOTATE_KEY],
  [Pointer, 'Laser pointer', 'Q', LASER_KEY],
];

/**
 * Three small buttons in the deck's bottom-left corner for what has a key:
 * the slide menu, the annotation tools and the laser pointer, so a mouse,
 * touch screen or screen reader reaches them too. Each presses its key. The
 * deck option `toolButtons: false` (Quarto's `chalkboard: buttons: false`)
 * hides them, and a slide's `chalkboard-buttons` says so for that slide.
 */
export function deckDockPlugin(): RevealPlugin {
  return {
    id: 'deck-dock',
    init(api) {
      const deck = api as Deck;
      if (deck.isPrintView() || /receiver/i.test(location.search)) return;
      const dock = document.createElement('div');
      dock.className = 'deck-dock';
      dock.setAttribute('role', 'group');
      dock.setAttribute('aria-label', 'Presenting tools');
      for (const [node, label, key, keyCode] of BUTTONS) {
        const button = iconButton(node, label, key);
        button.addEventListener('click', () => deck.triggerKey(keyCode));
        dock.append(button);
      }
      document.body.append(dock);
      const shown = (deck.getConfig() as { toolButtons?: boolean }).toolButtons !== false;
      const place = () => {
        const own = (deck.getCurrentSlide() as HTMLElement | undefined)?.dataset.chalkboardButtons;
        dock.hidden = !(own === undefined ? shown : own === 'true');
      };
      deck.on('ready', place);
      deck.on('slidechanged', place);
    },
  };
}
