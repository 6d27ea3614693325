import type { RevealPlugin } from 'reveal.js';
import { X } from 'lucide';
import { iconButton } from './icons.ts';
import type { Deck } from './reveal-api.ts';

/** M: the key of reveal.js-menu and Quarto's menu. */
export const MENU_KEY = 77;

/** A slide's title as the deck labels it (each slide is a region named by its title). */
const titleOf = (slide: HTMLElement, index: number) =>
  slide.getAttribute('aria-label') ?? slide.querySelector('h1, h2')?.textContent ?? `Slide ${index + 1}`;

/**
 * The slide menu: M opens a dialog listing every slide by title, grouped
 * under the lecture's sections, the current one marked; choosing one jumps
 * there. A modal `<dialog>`: focus stays in it and Escape closes it.
 */
export function slideMenuPlugin(): RevealPlugin {
  return {
    id: 'slide-menu',
    init(api) {
      const deck = api as Deck;
      if (deck.isPrintView()) return;
      const dialog = document.createElement('dialog');
      dialog.className = 'slide-menu';
      dialog.setAttribute('aria-labelledby', 'slide-menu-title');
      const heading = document.createElement('h2');
      heading.id = 'slide-menu-title';
      heading.textContent = 'Slides';
      const close = iconButton(X, 'Close the slide menu', 'Escape');
      close.classList.add('slide-menu-close');
      close.addEventListener('click', () => dialog.close());
      const list = document.createElement('ol');
      list.className = 'slide-menu-list';
      dialog.append(heading, close, list);
      dialog.addEventListener('click', (event) => {
        // A click on the backdrop (the dialog box itself, outside its content) closes it.
        if (event.target === dialog || (event.target as Element).closest('a')) dialog.close();
      });
      document.body.append(dialog);

      const open = () => {
        if (dialog.open) return dialog.close();
        list.replaceChildren(...menuItems(deck));
        dialog.showModal();
        list.querySelector<HTMLElement>('[aria-current]')?.focus();
      };
      deck.addKeyBinding({ keyCode: MENU_KEY, key: 'M', description: 'Slide menu: every slide by section, jump to one' }, open);
    },
  };
}

/** One list item per slide; slides after a section slide are listed under it. */
function menuItems(deck: Deck): HTMLLIElement[] {
  const current = deck.getCurrentSlide();
  const items: HTMLLIElement[] = [];
  let section: HTMLOListElement | undefined;
  deck.getHorizontalSlides().forEach((slide, index) => {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = slide.id ? `#/${slide.id}` : `#/${index}`;
    link.textContent = titleOf(slide, index);
    if (slide === current) link.setAttribute('aria-current', 'location');
    item.append(link);
    const isSection = slide.classList.contains('slide-section');
    const generated = slide.hasAttribute('data-generated');
    if (isSection) {
      item.classList.add('slide-menu-section');
      section = document.createElement('ol');
      item.append(section);
      items.push(item);
    } else if (section && !generated) {
      section.append(item);
    } else {
      section = generated ? undefined : section;
      items.push(item);
    }
  });
  return items;
}
