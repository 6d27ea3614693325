import { BrushCleaning, Download, Eraser, Pencil, Presentation, Trash, Undo2, Upload, X, type IconNode } from 'lucide';
import { iconButton } from '../icons.ts';

/** Pen colours: each reads on white slides, dark slides and the board, except black and white, which are for one of them. */
export const PEN_COLORS = [
  { name: 'Red', value: '#d62828' },
  { name: 'Blue', value: '#1f6fe0' },
  { name: 'Green', value: '#1a8a3a' },
  { name: 'Orange', value: '#e07000' },
  { name: 'Purple', value: '#8a3fd1' },
  { name: 'Black', value: '#111111' },
  { name: 'White', value: '#ffffff' },
] as const;

/** What the toolbar shows as chosen. */
export interface ToolbarState {
  open: boolean;
  tool: 'pen' | 'eraser';
  color: string;
  board: boolean;
}

/** The toolbar's commands, one per button. */
export type ToolbarCommand = 'pen' | 'eraser' | 'board' | 'undo' | 'clear' | 'clear-all' | 'download' | 'close';

/** The annotation toolbar: buttons for every command, colour swatches, a file picker, and a status line. */
export interface Toolbar {
  element: HTMLElement;
  update(state: ToolbarState): void;
  /** Announce a result ("Drawings loaded") to screen readers and show it briefly. */
  say(message: string): void;
}

const BUTTONS: [ToolbarCommand, IconNode, string, string][] = [
  ['pen', Pencil, 'Pen', 'C'],
  ['eraser', Eraser, 'Eraser', 'E'],
  ['board', Presentation, 'Blank board', 'B'],
  ['undo', Undo2, 'Undo', 'Z'],
  ['clear', Trash, 'Clear this slide', 'Delete'],
  ['clear-all', BrushCleaning, 'Clear all slides', 'Backspace'],
  ['download', Download, 'Download drawings', 'D'],
];

/**
 * Build the toolbar (hidden until the tools open). Plain buttons in tab order,
 * each named for screen readers, toggles marked with `aria-pressed`.
 */
export function createToolbar(run: (command: ToolbarCommand) => void, chooseColor: (color: string) => void, load: (file: File) => void): Toolbar {
  const element = document.createElement('div');
  element.className = 'annotation-tools';
  element.setAttribute('role', 'group');
  element.setAttribute('aria-label', 'Annotation tools');
  element.hidden = true;

  const buttons = new Map<ToolbarCommand, HTMLButtonElement>();
  const group = (...children: HTMLElement[]) => {
    const div = document.createElement('div');
    div.className = 'tool-group';
    div.append(...children);
    element.append(div);
  };
  const commandButton = ([command, node, label, key]: (typeof BUTTONS)[number]) => {
    const button = iconButton(node, label, key);
    button.addEventListener('click', () => run(command));
    buttons.set(command, button);
    return button;
  };

  const swatches = PEN_COLORS.map(({ name, value }) => {
    const swatch = document.createElement('button');
    swatch.type = 'button';
    swatch.className = 'tool-button tool-swatch';
    swatch.setAttribute('aria-label', `${name} pen`);
    swatch.title = `${name} pen (X, Y: next, previous colour)`;
    swatch.style.setProperty('--swatch', value);
    swatch.dataset.color = value;
    swatch.addEventListener('click', () => chooseColor(value));
    return swatch;
  });

  const file = document.createElement('input');
  file.type = 'file';
  file.accept = '.json,application/json';
  file.hidden = true;
  file.addEventListener('change', () => {
    if (file.files?.[0]) load(file.files[0]);
    file.value = '';
  });
  const loadButton = iconButton(Upload, 'Load drawings from a file');
  loadButton.addEventListener('click', () => file.click());
  const close = iconButton(X, 'Close the annotation tools', 'C');
  close.addEventListener('click', () => run('close'));

  const [pen, eraser, board, undo, clear, clearAll, download] = BUTTONS.map(commandButton);
  group(pen!, eraser!, board!);
  group(...swatches);
  group(undo!, clear!, clearAll!);
  group(download!, loadButton, file);
  group(close);
  const status = document.createElement('p');
  status.className = 'tool-status';
  status.setAttribute('role', 'status');
  element.append(status);

  let clearStatus: ReturnType<typeof setTimeout> | undefined;
  return {
    element,
    update(state) {
      element.hidden = !state.open;
      buttons.get('pen')!.setAttribute('aria-pressed', String(state.tool === 'pen'));
      buttons.get('eraser')!.setAttribute('aria-pressed', String(state.tool === 'eraser'));
      buttons.get('board')!.setAttribute('aria-pressed', String(state.board));
      for (const swatch of swatches) swatch.setAttribute('aria-pressed', String(swatch.dataset.color === state.color));
    },
    say(message) {
      status.textContent = message;
      clearTimeout(clearStatus);
      clearStatus = setTimeout(() => (status.textContent = ''), 5000);
    },
  };
}
