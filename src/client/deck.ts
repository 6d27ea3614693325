import Reveal from 'reveal.js';
import RevealNotes from 'reveal.js/plugin/notes';

/**
 * Start reveal.js on the page's `.reveal` element: a 16:9 frame at 1920×1080
 * logical pixels, slide ids in the URL, and the speaker view on `S`.
 */
export function startDeck(): Promise<void> {
  const deck = new Reveal({
    width: 1920,
    height: 1080,
    margin: 0.04,
    hash: true,
    center: false,
    slideNumber: 'c/t',
    showSlideNumber: 'all',
    progress: true,
    controls: true,
    transition: 'slide',
    transitionSpeed: 'fast',
    plugins: [RevealNotes],
  });
  return deck.initialize().then(() => {
    document.documentElement.dataset.deckReady = 'true';
  });
}
