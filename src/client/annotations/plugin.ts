import type { RevealApi, RevealPlugin } from 'reveal.js';
import type { Deck } from '../reveal-api.ts';
import { touchesStroke } from './geometry.ts';
import { drawingsFile, parseDrawingsFile, slideDrawings, withLayer, type Drawings, type Layer, type Stroke } from './model.ts';
import { printDrawings } from './print.ts';
import { loadStoredDrawings, onStoredDrawingsChange, storeDrawings } from './storage.ts';
import { createSurface } from './surface.ts';
import { createToolbar, PEN_COLORS, type ToolbarCommand, type ToolbarState } from './toolbar.ts';

const PEN_SIZE = 8;

/** C opens and closes the tools (Quarto's chalkboard key for drawing on the slide). */
export const ANNOTATE_KEY = 67;
/** reveal.js key codes of the other shortcuts (Quarto's chalkboard keys where it has them). */
const KEYS = { board: 66, eraser: 69, nextColor: 88, previousColor: 89, undo: 90, clear: 46, clearAll: 8, download: 68 };

/**
 * Annotation while presenting, as a reveal.js plugin: a pen on the slide and
 * on a blank board per slide, colours, a stroke eraser, undo, clearing a
 * slide or all, download and load. Drawings are kept in this browser per deck
 * and shown in the speaker view and when the deck is printed (`?print-pdf`).
 */
export function annotationsPlugin(): RevealPlugin {
  return { id: 'annotations', init: (deck) => startAnnotations(deck as Deck) };
}

function startAnnotations(deck: Deck): void {
  const deckId = location.pathname;
  let drawings: Drawings = loadStoredDrawings(deckId);
  const config = deck.getConfig() as { width: number; height: number; margin: number };
  if (deck.isPrintView()) {
    deck.on('pdf-ready', () => printDrawings(deck.getSlidesElement()!, drawings, config));
    return;
  }

  const state: ToolbarState = { open: false, tool: 'pen', color: PEN_COLORS[0].value, board: false };
  const toolbar = createToolbar((command) => commands[command](), (color) => setColor(color), (file) => void load(file));
  const history = new Map<string, Stroke[][]>();
  const slideId = () => deck.getCurrentSlide()?.id ?? '';
  const layer = (): Layer => (state.board ? 'board' : 'slide');
  const surface = createSurface(deck.getSlidesElement()!, config.width, config.height,
    () => ({ color: state.color, size: PEN_SIZE }),
    {
      stroke: (on, stroke) => change(on, [...slideDrawings(drawings, slideId())[on], stroke]),
      erase: (on, x, y, radius) => {
        const strokes = slideDrawings(drawings, slideId())[on];
        const kept = strokes.filter((stroke) => !touchesStroke(stroke, x, y, radius));
        if (kept.length < strokes.length) change(on, kept);
      },
    });
  const show = () => {
    surface.show(slideDrawings(drawings, slideId()), state.board);
    surface.use(state.open ? state.tool : 'none');
    toolbar.update(state);
  };
  const save = () => {
    if (!storeDrawings(deckId, drawings)) toolbar.say('The browser did not keep the drawings (storage full or private mode): download them.');
  };

  /** Replace a layer of the current slide, remembering the old strokes for undo. */
  const change = (on: Layer, strokes: Stroke[], id = slideId()) => {
    const key = `${id}\n${on}`;
    history.set(key, [...(history.get(key) ?? []), slideDrawings(drawings, id)[on]]);
    drawings = withLayer(drawings, id, on, strokes);
    save();
    show();
  };
  const undo = () => {
    const key = `${slideId()}\n${layer()}`;
    const previous = history.get(key)?.pop();
    if (!previous) return toolbar.say('Nothing to undo on this slide.');
    drawings = withLayer(drawings, slideId(), layer(), previous);
    save();
    show();
  };
  const clearAll = () => {
    if (Object.keys(drawings).length === 0 || !confirm('Clear the drawings of every slide of this deck?')) return;
    for (const [id, strokes] of Object.entries(drawings)) {
      if (strokes.slide.length) change('slide', [], id);
      if (strokes.board.length) change('board', [], id);
    }
    toolbar.say('All drawings cleared (Z on a slide brings its drawings back).');
  };
  const download = () => {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([drawingsFile(deckId, drawings)], { type: 'application/json' }));
    link.download = `${deckId.split('/').filter(Boolean).at(-1) ?? 'deck'}-drawings.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  };
  const load = async (file: File) => {
    const parsed = parseDrawingsFile(await file.text());
    if ('problem' in parsed) return toolbar.say(`This file cannot be loaded: ${parsed.problem}.`);
    drawings = parsed.drawings;
    history.clear();
    save();
    show();
    const count = Object.keys(drawings).length;
    toolbar.say(`Loaded the drawings of ${count} slide${count === 1 ? '' : 's'}${parsed.deck === deckId ? '' : ` (saved from ${parsed.deck})`}.`);
  };
  const cycleColor = (step: number) => {
    const index = PEN_COLORS.findIndex((color) => color.value === state.color);
    setColor(PEN_COLORS[(index + step + PEN_COLORS.length) % PEN_COLORS.length]!.value);
  };
  const setColor = (color: string) => {
    Object.assign(state, { open: true, tool: 'pen', color });
    show();
  };

  const commands: Record<ToolbarCommand, () => void> = {
    pen: () => { Object.assign(state, { open: true, tool: 'pen' }); show(); },
    eraser: () => { Object.assign(state, { open: true, tool: state.open && state.tool === 'eraser' ? 'pen' : 'eraser' }); show(); },
    board: () => { state.board = !state.board; state.open = true; show(); },
    undo,
    clear: () => { if (slideDrawings(drawings, slideId())[layer()].length) change(layer(), []); },
    'clear-all': clearAll,
    download,
    close: () => { Object.assign(state, { open: false, board: false }); show(); },
  };

  // The current slide is known from 'ready' on (plugins start before it), then changes with each slide.
  deck.on('ready', show);
  deck.on('slidechanged', show);
  onStoredDrawingsChange(deckId, (stored) => { drawings = stored; show(); });
  show();
  // The speaker view's previews (reveal.js "receivers") show the drawings, kept in step through storage events.
  if (/receiver/i.test(location.search)) return;
  document.body.append(toolbar.element);
  deck.on('ready', () => relabelPause(deck));
  const bind = (keyCode: number, key: string, description: string, action: () => void) =>
    deck.addKeyBinding({ keyCode, key, description }, () => { if (!deck.isScrollView()) action(); });
  bind(ANNOTATE_KEY, 'C', 'Annotate: pen on the slide (again: close the tools)', () => {
    const onSlide = state.open && !state.board;
    Object.assign(state, { open: !onSlide, tool: 'pen', board: false });
    show();
  });
  bind(KEYS.board, 'B', 'Annotate: blank board on / off', commands.board);
  bind(KEYS.eraser, 'E', 'Annotate: eraser on / off', commands.eraser);
  bind(KEYS.nextColor, 'X', 'Annotate: next pen colour', () => cycleColor(1));
  bind(KEYS.previousColor, 'Y', 'Annotate: previous pen colour', () => cycleColor(-1));
  bind(KEYS.undo, 'Z', 'Annotate: undo (also Ctrl+Z)', undo);
  bind(KEYS.clear, 'DEL', 'Annotate: clear this slide (or its board)', commands.clear);
  bind(KEYS.clearAll, 'BACKSPACE', 'Annotate: clear every slide', clearAll);
  bind(KEYS.download, 'D', 'Annotate: download the drawings', download);
  // reveal.js ignores keys with Ctrl or ⌘, so the usual undo shortcut is caught here.
  document.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z' && state.open) {
      event.preventDefault();
      undo();
    }
  });
}

/**
 * B opens the board here (Quarto's key), so reveal.js's help overlay should
 * list only "." for its pause. Plugins get reveal.js's internal object, whose
 * keyboard controller holds that list (filled again as the deck starts, hence on 'ready').
 */
function relabelPause(deck: RevealApi): void {
  const shortcuts = (deck as unknown as { keyboard?: { shortcuts?: Record<string, string> } }).keyboard?.shortcuts;
  if (!shortcuts?.['B  ,  .']) return;
  delete shortcuts['B  ,  .'];
  shortcuts['.'] = 'Pause (black screen)';
}
