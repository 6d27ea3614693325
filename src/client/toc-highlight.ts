/**
 * Mark the table-of-contents link of the section being read (the last heading
 * above the top third of the viewport) with `aria-current`.
 */
export function controlTocHighlight(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-toc-link]')];
  const targets = links
    .map((link) => ({ link, heading: document.getElementById(decodeURIComponent(link.hash.slice(1))) }))
    .filter((entry): entry is { link: HTMLAnchorElement; heading: HTMLElement } => entry.heading !== null);
  if (targets.length === 0) return;
  let frame = 0;
  const update = () => {
    frame = 0;
    const line = window.innerHeight / 3;
    let current = targets[0]!;
    for (const target of targets) if (target.heading.getBoundingClientRect().top <= line) current = target;
    for (const { link } of targets) {
      if (link === current.link) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    }
  };
  window.addEventListener('scroll', () => (frame ||= requestAnimationFrame(update)), { passive: true });
  update();
}
