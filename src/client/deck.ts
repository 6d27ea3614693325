import Reveal, { type RevealConfig } from 'reveal.js';
import RevealNotes from 'reveal.js/plugin/notes';
import RevealZoom from 'reveal.js/plugin/zoom';
import { annotationsPlugin } from './annotations/plugin.ts';
import { controlCodeSteps } from './code-steps.ts';
import { deckDockPlugin } from './deck-dock.ts';
import { laserPlugin } from './laser.ts';
import { keyboardScrollBoxes, scrollBoxKey } from './scroll-boxes.ts';
import { addSectionAgendas } from './section-agenda.ts';
import { slideMenuPlugin } from './slide-menu.ts';
import { fixSpeakerView } from './speaker-view.ts';

/**
 * Whether reveal.js should act on a key: not while a dialog (the slide menu)
 * is open, not when Space or Enter would press the focused button or link,
 * and not when the key scrolls the focused scroll box.
 */
function deckKeyAllowed(event: KeyboardEvent): boolean {
  if (document.querySelector('dialog[open]') || scrollBoxKey(event)) return false;
  const pressing = event.key === ' ' || event.key === 'Enter';
  return !(pressing && document.activeElement?.matches('button, a[href], summary, select, input'));
}

/**
 * Start reveal.js on the page's `.reveal` element with the options the build
 * merged (course defaults, lecture overrides) into `data-deck-options`, and
 * the presenting tools: speaker view, zoom (Alt+click; Ctrl+click on Linux),
 * annotations, laser pointer and slide menu. Readers who ask for reduced
 * motion get no transitions.
 */
export function startDeck(): Promise<void> {
  const root = document.querySelector<HTMLElement>('.reveal');
  if (!root) throw new Error('This page has no .reveal element to present.');
  const options = JSON.parse(root.dataset.deckOptions ?? '{}') as RevealConfig;
  if (matchMedia('(prefers-reduced-motion: reduce)').matches) {
    Object.assign(options, { transition: 'none', backgroundTransition: 'none' });
  }
  addSectionAgendas(root);
  const deck = new Reveal(root, {
    ...options,
    keyboardCondition: deckKeyAllowed,
    plugins: [RevealNotes, RevealZoom, annotationsPlugin, laserPlugin, slideMenuPlugin, deckDockPlugin],
  });
  controlCodeSteps(deck);
  keyboardScrollBoxes(deck);
  fixSpeakerView();
  return deck.initialize().then(() => {
    // reveal.js marks the deck role="application", which keeps screen readers out of
    // browse mode (reveal.js#3772); the slides are labelled regions instead.
    root.removeAttribute('role');
    root.setAttribute('aria-roledescription', 'slide deck');
    deck.registerKeyboardShortcut(/Linux/.test(navigator.platform) ? 'Ctrl + click' : 'Alt + click', 'Zoom in on a point (again: zoom out)');
    document.documentElement.dataset.deckReady = 'true';
  });
}
