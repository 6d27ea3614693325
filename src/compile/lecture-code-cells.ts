import { isOptionsProblem } from '../cells/cell-options.ts';
import { cellDefaults, codeCellOf, effectiveOptions, KERNEL_LANGUAGE, lectureCells, type CodeCell } from '../cells/lecture-cells.ts';
import { fromMessage } from '../markdown/diagnostics.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import type { ParsedLecture } from './parse-lecture.ts';

/** A lecture's Python cells as the kernel runs them. */
export interface LectureCodeCells {
  cells: CodeCell[];
  /** The lecture's time limit per cell (frontmatter `execute: timeout`), in milliseconds. */
  timeoutMs?: number;
  /**
   * Why the cells cannot be known for sure (no frontmatter or an invalid one, unreadable cell
   * syntax or options), at the file's lines: the compile reports the same problems, so a lecture
   * with any is not run.
   */
  problems: Diagnostic[];
}

/** The Python cells of a parsed lecture (src/compile/parse-lecture.ts): the tree the compile reads them from too. */
export function lectureCodeCells(parsed: ParsedLecture): LectureCodeCells {
  const { path, markdown, locate } = parsed;
  const problems = [...parsed.diagnostics];
  if (!markdown) return { cells: [], problems };
  const { file, tree } = markdown;
  problems.push(...file.messages.filter((message) => message.fatal).map((message) => locate(fromMessage(path, message))));
  const execute = parsed.data?.execute;
  const defaults = cellDefaults(execute);
  const sourceLines = String(file.value).split(/\r?\n/);
  const cells = lectureCells(tree).flatMap((cell) => {
    if (cell.language !== KERNEL_LANGUAGE) return [];
    const options = effectiveOptions(cell, defaults, sourceLines);
    if (!isOptionsProblem(options)) return [codeCellOf(cell, options.options)];
    problems.push(locate({ path, line: options.line, column: 1, severity: 'error', ruleId: 'cell-options', reason: options.reason, fix: options.fix }));
    return [];
  });
  return { cells, problems, ...(execute?.timeout ? { timeoutMs: execute.timeout * 1000 } : {}) };
}
