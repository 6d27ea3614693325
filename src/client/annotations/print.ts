import { drawStrokes, strokeCanvas } from './surface.ts';
import type { Drawings } from './model.ts';

/** The parts of reveal.js's configuration that place a slide on a printed page. */
interface PrintConfig {
  width: number;
  height: number;
  margin: number;
}

/**
 * Add the drawings to the deck reveal.js laid out for printing (`?print-pdf`,
 * after its `pdf-ready` event): each slide's strokes over its page, and each
 * used board as a page of its own right after its slide. Pages are placed as
 * reveal.js's print view places them: the slide frame centred on a page
 * `margin` larger.
 */
export function printDrawings(container: HTMLElement, drawings: Drawings, { width, height, margin }: PrintConfig): void {
  const frame = {
    left: `${(Math.floor(width * (1 + margin)) - width) / 2}px`,
    top: `${(Math.floor(height * (1 + margin)) - height) / 2}px`,
  };
  const place = (element: HTMLElement | SVGElement) => {
    element.classList.add('annotations-print');
    Object.assign(element.style, { ...frame, width: `${width}px`, height: `${height}px` });
  };
  for (const page of container.querySelectorAll<HTMLElement>(':scope > .pdf-page')) {
    const slide = page.querySelector<HTMLElement>(':scope > section[id]');
    const strokes = slide && drawings[slide.id];
    if (!strokes) continue;
    if (strokes.slide.length > 0) {
      const svg = strokeCanvas(width, height, 'slide');
      drawStrokes(svg, strokes.slide);
      place(svg);
      page.append(svg);
    }
    if (strokes.board.length > 0) {
      const boardPage = document.createElement('div');
      boardPage.className = 'pdf-page annotation-board-page';
      boardPage.style.height = page.style.height;
      const board = document.createElement('div');
      board.className = 'annotation-board';
      const svg = strokeCanvas(width, height, 'board');
      drawStrokes(svg, strokes.board);
      board.append(svg);
      place(board);
      boardPage.append(board);
      page.after(boardPage);
    }
  }
}
