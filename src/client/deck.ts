import Reveal, { type RevealConfig } from 'reveal.js';
import RevealNotes from 'reveal.js/plugin/notes';
import { controlCodeSteps } from './code-steps.ts';
import { addSectionAgendas } from './section-agenda.ts';
import { fixSpeakerView } from './speaker-view.ts';

/**
 * Start reveal.js on the page's `.reveal` element with the options the build
 * merged (course defaults, lecture overrides) into `data-deck-options`.
 * Readers who ask for reduced motion get no transitions.
 */
export function startDeck(): Promise<void> {
  const root = document.querySelector<HTMLElement>('.reveal');
  if (!root) throw new Error('This page has no .reveal element to present.');
  const options = JSON.parse(root.dataset.deckOptions ?? '{}') as RevealConfig;
  if (matchMedia('(prefers-reduced-motion: reduce)').matches) {
    Object.assign(options, { transition: 'none', backgroundTransition: 'none' });
  }
  addSectionAgendas(root);
  const deck = new Reveal(root, { ...options, plugins: [RevealNotes] });
  controlCodeSteps(deck);
  fixSpeakerView();
  return deck.initialize().then(() => {
    // reveal.js marks the deck role="application", which keeps screen readers out of
    // browse mode (reveal.js#3772); the slides are labelled regions instead.
    root.removeAttribute('role');
    root.setAttribute('aria-roledescription', 'slide deck');
    document.documentElement.dataset.deckReady = 'true';
  });
}
