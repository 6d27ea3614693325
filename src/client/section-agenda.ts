/**
 * Section slides (a lecture's `#` headings) show where the lecture is: "Part
 * 2 of 4" over the heading, and the list of all sections with this one marked
 * and those done dimmed. Added before reveal.js lays the slides out, so it is
 * on the slide, in print and in the PDFs alike.
 */
export function addSectionAgendas(root: HTMLElement): void {
  const sections = [...root.querySelectorAll<HTMLElement>('.slides > section.slide-section')];
  if (sections.length < 2) return;
  const titles = sections.map((section) => section.querySelector('h1')?.textContent ?? section.getAttribute('aria-label') ?? '');
  sections.forEach((section, index) => {
    section.classList.add('has-agenda');
    const count = document.createElement('p');
    count.className = 'section-count';
    count.textContent = `Part ${index + 1} of ${sections.length}`;
    section.prepend(count);
    const agenda = document.createElement('ol');
    agenda.className = 'section-agenda';
    agenda.setAttribute('aria-label', 'Parts of this lecture');
    titles.forEach((title, other) => {
      const item = document.createElement('li');
      item.textContent = title;
      if (other < index) item.className = 'done';
      if (other === index) item.setAttribute('aria-current', 'step');
      agenda.append(item);
    });
    section.append(agenda);
  });
}
