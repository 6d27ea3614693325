import type { Code, Root } from 'mdast';
import type {} from '../markdown/pandoc/types.ts';
import { visit } from 'unist-util-visit';
import type { CellOptions, ExecuteOptions } from '../schemas/execute.ts';
import { isOptionsProblem, optionLine, validateCellOptions, type CellOptionsProblem } from './cell-options.ts';
import { mystnbOptions, tagOptions, unreadSettings, type UnreadSetting } from './cell-tags.ts';
import type { KeyedCell } from './freeze.ts';

/**
 * The Quarto cells of a lecture as the syntax layer left them (```` ```{python} ```` → a `code` node
 * with `data.executable`), and what running or rendering them needs. Shared by the pipeline's plugin
 * and the execute step, so both see the same cells with the same options, hence the same freeze keys.
 */

/** The one language cells run in: a Jupyter kernel is ipykernel. */
export const KERNEL_LANGUAGE = 'python';

/** Quarto's other cell languages: highlighted, never run here. */
export const UNRUN_LANGUAGES: readonly string[] = ['r', 'julia', 'ojs'];

/** A Quarto cell of a lecture: its node, language and options as written. */
export interface LectureCell {
  node: Code;
  /** `python`, `r`, `julia` or `ojs`, lowercase. */
  language: string;
  /** The `#|` options, read by the syntax layer, not yet checked. */
  options: Record<string, unknown>;
  /** Line of the fence that opens it. */
  fenceLine: number;
  /** How many `#|` lines follow the fence. */
  optionLines: number;
}

/** The Quarto cells of a tree, in document order (Mermaid and Graphviz cells are figures, not code). */
export function lectureCells(tree: Root): LectureCell[] {
  const cells: LectureCell[] = [];
  visit(tree, 'code', (node) => {
    const language = node.lang?.toLowerCase() ?? '';
    if (!node.data?.executable || (language !== KERNEL_LANGUAGE && !UNRUN_LANGUAGES.includes(language))) return;
    cells.push({
      node,
      language,
      options: node.data.cellOptions ?? {},
      fenceLine: node.position?.start.line ?? 1,
      optionLines: node.data.cellOptionLines ?? 0,
    });
  });
  return cells;
}

/** The cell defaults of a lecture's `execute:` frontmatter (its time limit is not a cell option). */
export function cellDefaults(execute: ExecuteOptions | undefined): CellOptions {
  const { timeout: _timeout, ...defaults } = execute ?? {};
  return defaults;
}

/** A tag or `mystnb` setting of a cell that nothing reads, at its line of the lecture. */
export interface UnreadCellSetting extends UnreadSetting {
  line: number;
}

/**
 * A cell's options in force, type-checked: the lecture's defaults, under what the cell's tags and
 * `mystnb:` settings stand for, under the cell's own options (as Quarto ranks metadata under `#|`
 * lines), and the tags and settings nothing reads. `sourceLines` are the lecture's lines, to place a
 * bad option; a problem's line is a line of the lecture.
 */
export function effectiveOptions(
  cell: LectureCell,
  defaults: CellOptions,
  sourceLines: readonly string[],
): { options: CellOptions; unread: UnreadCellSetting[] } | CellOptionsProblem {
  const written = sourceLines.slice(cell.fenceLine, cell.fenceLine + cell.optionLines);
  const checked = validateCellOptions(cell.options, written);
  if (isOptionsProblem(checked)) return { ...checked, line: cell.fenceLine + checked.line };
  const own = checked.options;
  const unread = unreadSettings(own).map((setting) => ({ ...setting, line: cell.fenceLine + optionLine(setting.option, written) }));
  return { options: { ...defaults, ...tagOptions(own.tags), ...mystnbOptions(own.mystnb), ...own }, unread };
}

/** A code cell of a lecture, as the pipeline found it. */
export interface CodeCell extends KeyedCell {
  /** Line in the lecture file of the code's first line (after its `#|` lines); line k of the code is `line + k - 1`. */
  line: number;
}

/** The cell as the kernel runs it and the freeze keys it: its code, options, and the line its code starts on. */
export function codeCellOf(cell: LectureCell, options: CellOptions): CodeCell {
  return { code: cell.node.value, options, line: cell.fenceLine + 1 + cell.optionLines };
}
