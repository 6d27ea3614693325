import type { ElementContent } from 'hast';
import type { Root, RootContent } from 'mdast';
import type { Processor } from 'unified';
import type { Position } from 'unist';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { cellProblems, type ShownCell } from '../cells/cell-problems.ts';
import { cellKeys, frozenOutputs, type Freeze } from '../cells/freeze.ts';
import { cellDefaults, codeCellOf, effectiveOptions, KERNEL_LANGUAGE, lectureCells, type LectureCell } from '../cells/lecture-cells.ts';
import { isOptionsProblem } from '../cells/cell-options.ts';
import type { CellOutput } from '../cells/outputs.ts';
import type { CellOptions } from '../schemas/execute.ts';
import { cellNode } from './cell-nodes.ts';
import { addCrossrefTarget, crossrefKindOf } from './crossrefs.ts';
import { reportError, reportWarning } from './diagnostics.ts';
import type {} from './lecture-file.ts';
import { holdContent } from './held-content.ts';

/** The outputs a lecture's cells have before the compile: gathered by the I/O layer, never run here. */
export interface CellOutputsData {
  /** The lecture's freeze file, read (`content/_freeze/<lecture>.json`). */
  freeze?: Freeze;
  /** Outputs saved with the cells (a notebook's), by position among the Python cells. */
  stored?: readonly (CellOutput[] | undefined)[];
  /**
   * The saved outputs are all there is (a notebook lecture, course.yaml `execute: { notebooks: off }`):
   * the freeze is not read, and a cell saved without outputs shows its code, with no warning.
   */
  storedOnly?: boolean;
}

declare module 'vfile' {
  interface DataMap {
    /** The outputs of the lecture's cells (see CellOutputsData). */
    cellOutputs: CellOutputsData;
  }
}

/** Every node of a parsed output placed at the cell, so a problem inside it points at the cell. */
function placeAt<T extends RootContent>(nodes: T[], position: Position | undefined): T[] {
  for (const node of nodes) {
    visit(node, (child) => {
      if (position) child.position = position;
      else delete child.position;
    });
  }
  return nodes;
}

/**
 * Quarto cells with their outputs, Quarto's way: ```` ```{python} ```` cells show their code and,
 * under it, the outputs frozen for exactly that code (content/_freeze, or saved in a notebook), as
 * their `#|` options say (echo, eval, output, include, code-fold, fig-cap, fig-alt, label, warning,
 * error, and the tags and `mystnb:` settings standing for options). Nothing runs here: a cell whose
 * code has no outputs yet is a warning naming `npm run execute`, outputs of older code are never
 * shown, and an exception the cell was not meant to raise is shown with a warning. `{r}`, `{julia}`
 * and `{ojs}` cells are shown as code, each with a warning that it was not run. Runs early (after the
 * checks that read the source text), so Markdown outputs go through the rest of the pipeline like the
 * lecture's own text.
 */
export default function remarkExecutedCells(this: Processor) {
  // Markdown outputs are parsed with the lecture's own syntax extensions.
  const parse = (text: string) => this.parse(text) as Root;
  return (tree: Root, file: VFile) => {
    const cells = lectureCells(tree);
    if (cells.length === 0) return;
    const sourceLines = String(file.value).split(/\r?\n/);
    const defaults = cellDefaults(file.data.lectureData?.execute);
    const { freeze, stored, storedOnly } = file.data.cellOutputs ?? {};
    const hold = (content: ElementContent[]) => holdContent(file, content);
    const python = cells.filter((cell) => cell.language === KERNEL_LANGUAGE);

    const options = python.map((cell): CellOptions => {
      const checked = effectiveOptions(cell, defaults, sourceLines);
      if (isOptionsProblem(checked)) {
        reportError(file, { ruleId: 'cell-options', reason: checked.reason, fix: checked.fix, place: { line: checked.line, column: 1 } });
        return defaults;
      }
      for (const unread of checked.unread) {
        reportWarning(file, { ruleId: 'cell-tag', reason: unread.reason, fix: unread.fix, place: { line: unread.line, column: 1 } });
      }
      return checked.options;
    });
    const keys = cellKeys(python.map((cell, index) => codeCellOf(cell, options[index]!)));
    const shown = python.map((_cell, index): ShownCell => {
      const cellOptions = options[index]!;
      if (cellOptions.eval === false) return { options: cellOptions, outputs: [] };
      return { options: cellOptions, outputs: storedOnly ? (stored?.[index] ?? []) : (frozenOutputs(freeze, keys[index]!) ?? stored?.[index]) };
    });
    for (const problem of cellProblems(shown, (index) => freeze?.cells[index] !== undefined)) {
      reportWarning(file, { ...problem, place: python[problem.cell]!.node.position });
    }
    const replacements = new Map<LectureCell['node'], RootContent[]>();

    python.forEach((cell, index) => {
      const cellOptions = options[index]!;
      const place = cell.node.position;
      const rendered = cellNode({
        code: cell.node,
        options: cellOptions,
        outputs: shown[index]!.outputs ?? [],
        // Unique across lectures too: the course book puts every lecture's notes on one page.
        idPrefix: `${file.stem ?? 'lecture'}-cell-${index + 1}-`,
        parseMarkdown: (text) => placeAt(parse(text).children, place),
        hold,
        numberFigure: () => {
          const label = cellOptions.label;
          if (!label || crossrefKindOf(label) !== 'fig') return undefined;
          return addCrossrefTarget(file, label, 'fig', place, { title: cellOptions['fig-cap'] ?? cellOptions['fig-alt'] ?? label })?.number;
        },
      });
      if (rendered.figures > 0 && !cellOptions['fig-alt'] && !cellOptions['fig-cap']) {
        reportError(file, {
          ruleId: 'image-alt',
          reason: 'The cell draws a figure without alt text',
          fix: 'say what the figure shows in a `#| fig-alt: …` line (or give it a `#| fig-cap: …` caption); in a notebook, '
            + 'the cell\'s metadata may say it (`"fig-alt": "…"`, or Jupyter Book\'s `"mystnb": {"image": {"alt": "…"}}`)',
          place,
        });
      }
      replacements.set(cell.node, rendered.node ? [rendered.node] : []);
    });

    for (const cell of cells) {
      if (cell.language === KERNEL_LANGUAGE) continue;
      reportWarning(file, {
        ruleId: 'cell-language',
        reason: `This {${cell.node.lang}} cell is shown as code but not run: only Python cells are run`,
        fix: `write it as a plain \`\`\`${cell.language} code block to show it without this warning, or port it to Python`,
        place: cell.node.position,
      });
    }

    visit(tree, 'code', (node, index, parent) => {
      const replacement = replacements.get(node);
      if (!replacement || !parent || index === undefined) return undefined;
      parent.children.splice(index, 1, ...(replacement as typeof parent.children));
      return [SKIP, index + replacement.length];
    });
  };
}
