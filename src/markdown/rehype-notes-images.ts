import type { Element, Root } from 'hast';
import { walkElements } from './hast-walk.ts';
import { SLIDE_IMAGE_SIZES } from './rehype-images.ts';

/** What a reading page shows an image at, at most: its column (46rem) on a wide screen, the screen's width on a phone. */
export const NOTES_IMAGE_SIZES = '(min-width: 50rem) 46rem, 100vw';

/** Images at the top of the notes, which a reader sees without scrolling: loaded at once. */
const EAGER_IMAGES = 1;

/**
 * Images on the reading page (the notes view, after the deck is made):
 * sized for the reading column rather than a slide, loaded only when the
 * reader scrolls near them (except the first), and no taller than most of
 * the window: `--ratio` (width over height) lets the CSS narrow a tall
 * picture instead of distorting it (src/styles/notes-figures.css).
 */
export default function rehypeNotesImages() {
  return (tree: Root) => {
    let count = 0;
    walkElements(tree, (node: Element) => {
      if (node.tagName === 'source' && node.properties.sizes === SLIDE_IMAGE_SIZES) node.properties.sizes = NOTES_IMAGE_SIZES;
      if (node.tagName !== 'img') return;
      if (node.properties.sizes === SLIDE_IMAGE_SIZES) node.properties.sizes = NOTES_IMAGE_SIZES;
      count += 1;
      if (count > EAGER_IMAGES) node.properties.loading = 'lazy';
      const width = Number(node.properties.width);
      const height = Number(node.properties.height);
      if (width > 0 && height > 0) {
        const ratio = `--ratio: ${Number((width / height).toFixed(4))}`;
        node.properties.style = [ratio, node.properties.style].filter(Boolean).join('; ');
      }
    });
  };
}
