/**
 * Layout fixes for reveal.js's speaker view, whose page the notes plugin
 * writes into a pop-up window with its own styles: the "Upcoming" label is
 * laid over the top-left corner of the next slide, where our slide titles are.
 * Here it gets a strip of its own above that slide.
 */
const SPEAKER_CSS = `
  #upcoming-slide { display: flex; flex-direction: column; gap: 4px; }
  #upcoming-slide .label { position: static; align-self: flex-start; }
  #upcoming-slide iframe { flex: 1 1 auto; min-height: 0; height: auto; }
`;
const STYLE_ID = 'deck-speaker-view-fixes';

/**
 * Style the speaker window once it shows itself: it posts `reveal-notes`
 * messages (handshake, heartbeat) to this window, its opener, and being opened
 * from this page it shares its origin, so its document can be reached.
 */
export function fixSpeakerView(): void {
  window.addEventListener('message', (event) => {
    if (typeof event.data !== 'string' || !event.data.includes('"reveal-notes"')) return;
    try {
      const speaker = (event.source as Window | null)?.document;
      if (!speaker?.getElementById('upcoming-slide') || speaker.getElementById(STYLE_ID)) return;
      const style = speaker.createElement('style');
      style.id = STYLE_ID;
      style.textContent = SPEAKER_CSS;
      speaker.head.append(style);
    } catch {
      // A window of another origin: not our speaker view.
    }
  });
}
