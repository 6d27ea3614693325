import { strokePath } from './geometry.ts';
import type { Layer, Point, SlideDrawings, Stroke } from './model.ts';

const SVG = 'http://www.w3.org/2000/svg';

/** What the pointer does on the surface: draw, erase, or nothing (clicks reach the slide). */
export type Tool = 'pen' | 'eraser' | 'none';

/** The pen's colour and width, asked for at the start of each stroke. */
export interface PenStyle {
  color: string;
  size: number;
}

/** What the surface reports as the lecturer draws. */
export interface SurfaceEvents {
  /** A finished stroke on a layer. */
  stroke(layer: Layer, stroke: Stroke): void;
  /** The eraser passed over (x, y) on a layer, with this reach. */
  erase(layer: Layer, x: number, y: number, radius: number): void;
}

/** The drawing layer over the slides: shows the current slide's strokes and takes pen input. */
export interface Surface {
  /** Show a slide's strokes, with or without its blank board. */
  show(drawings: SlideDrawings, board: boolean): void;
  /** Choose what the pointer does. */
  use(tool: Tool): void;
}

const ERASER_RADIUS = 24;

/** An SVG canvas in slide pixels: strokes drawn in slide coordinates scale with the deck. */
export function strokeCanvas(width: number, height: number, layer: Layer): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('class', 'annotation-strokes');
  svg.dataset.layer = layer;
  return svg;
}

/** Draw strokes into an SVG canvas (replacing what it showed). */
export function drawStrokes(svg: SVGSVGElement, strokes: Stroke[]): void {
  svg.replaceChildren(...strokes.map(strokeElement));
}

function strokeElement(stroke: Stroke): SVGPathElement {
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', strokePath(stroke));
  path.setAttribute('fill', stroke.color);
  return path;
}

/**
 * Put the drawing surface inside reveal.js's `.slides` element, which is the
 * 1920×1080 frame scaled to the window, so strokes keep their place on the
 * slide at any window size. It sits above the slide, with the board (an
 * opaque page of its own) above that; `data-prevent-swipe` keeps reveal.js
 * from reading a touch stroke as a swipe to the next slide.
 */
export function createSurface(slides: HTMLElement, width: number, height: number, pen: () => PenStyle, events: SurfaceEvents): Surface {
  const root = document.createElement('div');
  root.className = 'annotations';
  root.setAttribute('aria-hidden', 'true');
  root.setAttribute('data-prevent-swipe', '');
  const onSlide = strokeCanvas(width, height, 'slide');
  const board = document.createElement('div');
  board.className = 'annotation-board';
  board.hidden = true;
  const onBoard = strokeCanvas(width, height, 'board');
  board.append(onBoard);
  root.append(onSlide, board);
  slides.append(root);

  let tool: Tool = 'none';
  const layer = (): Layer => (board.hidden ? 'slide' : 'board');
  const canvas = () => (board.hidden ? onSlide : onBoard);
  const toSlide = (event: PointerEvent): Point => {
    const box = root.getBoundingClientRect();
    const pressure = event.pointerType === 'pen' ? event.pressure : 0.5;
    return [round((event.clientX - box.left) * width / box.width), round((event.clientY - box.top) * height / box.height), pressure];
  };

  let drawing: { stroke: Stroke; path: SVGPathElement; pointer: number } | undefined;
  let erasing: number | undefined;
  root.addEventListener('pointerdown', (event) => {
    if (tool === 'none' || drawing || event.button > 0) return;
    event.preventDefault();
    root.setPointerCapture(event.pointerId);
    const point = toSlide(event);
    if (tool === 'eraser') {
      events.erase(layer(), point[0], point[1], ERASER_RADIUS);
      erasing = event.pointerId;
      return;
    }
    const style = pen();
    const stroke: Stroke = { color: style.color, size: style.size, points: [point], pressure: event.pointerType === 'pen' };
    const path = strokeElement(stroke);
    canvas().append(path);
    drawing = { stroke, path, pointer: event.pointerId };
  });
  root.addEventListener('pointermove', (event) => {
    if (erasing === event.pointerId) {
      const [x, y] = toSlide(event);
      events.erase(layer(), x, y, ERASER_RADIUS);
    }
    if (drawing?.pointer !== event.pointerId) return;
    // Coalesced events: every sample since the last frame, for smooth fast strokes.
    for (const sample of event.getCoalescedEvents?.() ?? [event]) drawing.stroke.points.push(toSlide(sample));
    drawing.path.setAttribute('d', strokePath(drawing.stroke));
  });
  const finish = (event: PointerEvent) => {
    if (erasing === event.pointerId) erasing = undefined;
    if (drawing?.pointer !== event.pointerId) return;
    const { stroke, path } = drawing;
    drawing = undefined;
    path.remove();
    events.stroke(layer(), stroke);
  };
  root.addEventListener('pointerup', finish);
  root.addEventListener('pointercancel', finish);

  return {
    show(drawings, showBoard) {
      board.hidden = !showBoard;
      drawStrokes(onSlide, drawings.slide);
      drawStrokes(onBoard, drawings.board);
    },
    use(next) {
      tool = next;
      root.dataset.tool = next;
    },
  };
}

const round = (value: number) => Math.round(value * 10) / 10;
