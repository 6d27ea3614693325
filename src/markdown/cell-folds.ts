import type { Code, Paragraph, Parent, RootContent } from 'mdast';
import { hiddenParts } from '../cells/cell-tags.ts';
import type { CellOptions } from '../schemas/execute.ts';
import type { CellNodeData, CellOutputNode } from './cell-nodes.ts';
import { codeBlockHeight, textHeight } from './slide-height.ts';

/**
 * The folds of a cell: its code under a summary with Quarto's `code-fold` (closed, or open with
 * `show`, on slides as in the notes), and Jupyter Book's `hide-input` / `hide-output` / `hide-cell`
 * tags, which fold code or outputs in the notes and leave them off the slides: a slide shows what the
 * page shows before a click, as Jupyter Book's page does, and is not clicked through in a lecture.
 */

/** Height of a fold's summary line on a slide. */
const SUMMARY_HEIGHT = textHeight('');

/** Folded code or outputs: `<details>` with a summary. */
export interface CellFoldNode extends Parent {
  type: 'cellFold';
  children: RootContent[];
  data: CellNodeData;
}

declare module 'mdast' {
  interface RootContentMap {
    cellFold: CellFoldNode;
  }
}

/** How a part of a cell is folded: its summary, whether it starts open, and whether it is left off the slides. */
interface Fold {
  summary: string;
  open: boolean;
  notesOnly: boolean;
}

/** Content folded under a summary (`<details>`), `openHeight` high on a slide when open there. */
function foldNode(className: string, fold: Fold, children: RootContent[], openHeight: number): CellFoldNode {
  const summary: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: fold.summary }], data: { hName: 'summary' } };
  return {
    type: 'cellFold',
    children: [summary, ...children],
    data: {
      hName: 'details',
      hProperties: { className: [className, ...(fold.notesOnly ? ['notes-only'] : [])], ...(fold.open ? { open: true } : {}) },
      slideHeight: fold.notesOnly ? 0 : SUMMARY_HEIGHT + (fold.open ? openHeight : 0),
    },
  };
}

/** A cell's code as shown: as it is, or folded (`code-fold`, or a `hide-input` or `hide-cell` tag). */
export function foldedCode(code: Code, options: CellOptions): RootContent {
  const hidden = hiddenParts(options.tags).code;
  const fold = options['code-fold'] || hidden;
  if (!fold) return code;
  const summary = options['code-summary'] ?? 'Code';
  return foldNode('cell-code-fold', { summary, open: fold === 'show', notesOnly: hidden }, [code], codeBlockHeight(code.value));
}

/** A cell's outputs as shown: as they are, or folded under an "Output" summary (a `hide-output` or `hide-cell` tag). */
export function foldedOutputs(nodes: CellOutputNode[], options: CellOptions): RootContent[] {
  if (nodes.length === 0 || !hiddenParts(options.tags).outputs) return nodes;
  return [foldNode('cell-output-fold', { summary: 'Output', open: false, notesOnly: true }, nodes, 0)];
}
