import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { checkFrontmatter, splitFrontmatter } from '../compile/frontmatter.ts';
import { quartoKeyAdvice } from '../compile/quarto-frontmatter.ts';
import { fromMessage } from '../markdown/diagnostics.ts';
import remarkPandocSyntax from '../markdown/pandoc/index.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import { lectureSchema } from '../schemas/lecture.ts';
import { isOptionsProblem } from '../cells/cell-options.ts';
import { cellDefaults, codeCellOf, effectiveOptions, KERNEL_LANGUAGE, lectureCells } from '../cells/lecture-cells.ts';
import type { CodeCell } from '../cells/lecture-cells.ts';

/** Just the syntax layer: it finds the cells exactly as the lecture pipeline does (same parser, same options). */
const syntax = unified().use(remarkParse).use(remarkGfm).use(remarkMath).use(remarkPandocSyntax);

/** A lecture's Python cells as the kernel runs them. */
export interface LectureCodeCells {
  cells: CodeCell[];
  /** The lecture's time limit per cell (frontmatter `execute: timeout`), in milliseconds. */
  timeoutMs?: number;
  /**
   * Why the cells cannot be known for sure (invalid frontmatter, unreadable cell syntax or options):
   * the compile reports the same problems, so a lecture with any is not run.
   */
  problems: Diagnostic[];
}

/** The Python cells of a lecture's Markdown (frontmatter included), at the lines of `path`. */
export async function lectureCodeCells(path: string, text: string): Promise<LectureCodeCells> {
  const block = splitFrontmatter(text);
  const checked = block ? checkFrontmatter(block, lectureSchema, { advice: quartoKeyAdvice }) : undefined;
  const problems: Diagnostic[] = (checked?.problems ?? []).map((problem) => ({ path, severity: 'error', ...problem }));
  const file = new VFile({ value: block?.body ?? text, path });
  const tree = (await syntax.run(syntax.parse(file), file)) as Root;
  problems.push(...file.messages.filter((message) => message.fatal).map((message) => fromMessage(path, message)));

  const execute = checked?.data?.execute;
  const defaults = cellDefaults(execute);
  const sourceLines = String(file.value).split(/\r?\n/);
  const cells = lectureCells(tree).flatMap((cell) => {
    if (cell.language !== KERNEL_LANGUAGE) return [];
    const options = effectiveOptions(cell, defaults, sourceLines);
    if (!isOptionsProblem(options)) return [codeCellOf(cell, options.options)];
    problems.push({ path, line: options.line, column: 1, severity: 'error', ruleId: 'cell-options', reason: options.reason, fix: options.fix });
    return [];
  });
  return { cells, problems, ...(execute?.timeout ? { timeoutMs: execute.timeout * 1000 } : {}) };
}
