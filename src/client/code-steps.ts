import type { RevealApi } from 'reveal.js';

/** Highlight the lines of a stepped code block for the step now shown. */
function showStep(pre: HTMLElement): void {
  const step = pre.querySelectorAll('.code-step.visible').length;
  for (const line of pre.querySelectorAll<HTMLElement>('.line[data-steps]')) {
    line.classList.toggle('highlighted', (line.dataset.steps ?? '').split(' ').includes(String(step)));
  }
  for (const line of pre.querySelectorAll<HTMLElement>('.line:not([data-steps])')) line.classList.remove('highlighted');
}

/**
 * Stepwise code highlights (`{1|3-4|6}`): the build leaves one empty fragment
 * per step in the `<pre>`; whenever fragments change, move the highlight.
 */
export function controlCodeSteps(deck: RevealApi): void {
  const update = () => {
    const slide = deck.getCurrentSlide();
    slide?.querySelectorAll<HTMLElement>('pre.code-steps').forEach(showStep);
  };
  for (const event of ['ready', 'slidechanged', 'fragmentshown', 'fragmenthidden']) deck.on(event, update);
}
