import type { Code, Parent, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Point } from 'unist';
import type { DiagnosticInput } from '../diagnostics.ts';
import { ATTRIBUTE_SYNTAX_FIX, looksLikeAttributes, parseAttributes } from './attributes.ts';
import { CELL_LANGUAGES, readCellOptions } from './cell-options.ts';
import { addMystOption, readMystOption } from './myst-lines.ts';
import { displayMath } from './math-node.ts';
import type { Attributes } from './types.ts';

type Report = (problem: DiagnosticInput) => void;

/** The info string of a fenced code block as written in the source, with the column it starts at. */
function fenceInfo(node: Code, source: string): { text: string; column: number } | undefined {
  const start = node.position?.start;
  if (start?.offset === undefined) return undefined;
  const end = source.indexOf('\n', start.offset);
  const line = source.slice(start.offset, end < 0 ? undefined : end).replace(/\r$/, '');
  const fence = /^([ \t]*(?:`{3,}|~{3,})[ \t]*)(.*?)[ \t]*$/.exec(line);
  return fence ? { text: fence[2]!, column: start.column + fence[1]!.length } : undefined;
}

const attributeProblem = (text: string, reason: string, line: number, column: number): DiagnosticInput => ({
  ruleId: 'attribute-syntax',
  reason: `Cannot read the attributes ${text}: ${reason}`,
  fix: ATTRIBUTE_SYNTAX_FIX,
  place: { line, column },
});

/** Options after a cell's language: `{python echo=false}`, knitr's `{r label, echo=FALSE}`. */
function cellAttributes(rest: string, at: Point, report: Report): Attributes | undefined {
  const label = /^([\p{L}_][\w.-]*)(?![\w.=-])[\s,]*/u.exec(rest);
  const options = rest.slice(label?.[0].length ?? 0).replace(/,(?=\s*[\p{L}_][\w.-]*\s*=)/gu, ' ');
  const text = `{${options}}`;
  const result = parseAttributes(text);
  if (!result.ok) {
    report(attributeProblem(text, result.reason, at.line, at.column + (label?.[0].length ?? 0) + result.column - 2));
    return undefined;
  }
  return label ? { ...result.attributes, id: label[1] } : result.attributes;
}

/** A Quarto cell: language, options from the braces and from the leading `#|` lines. */
function readCell(node: Code, name: string, rest: string, at: Point, report: Report) {
  const start = node.position!.start;
  node.lang = name;
  node.meta = null;
  const attributes = rest.trim() ? cellAttributes(rest, at, report) : undefined;
  node.data = { ...node.data, executable: true, ...(attributes ? { attributes } : {}) };
  const options = readCellOptions(node.value, CELL_LANGUAGES[name.toLowerCase()]!);
  if (!options.ok) {
    report({
      ruleId: 'cell-options',
      reason: `Cannot read the cell options: ${options.reason}`,
      fix: 'write each option as a YAML line "#| key: value" at the top of the cell',
      place: { line: start.line + 1 + options.line, column: start.column + options.column - 1 },
    });
    return;
  }
  node.value = options.code;
  node.data.cellOptions = options.options;
  node.data.cellOptionLines = options.lines;
}

/** MyST ```` ```{math} ```` with `:label: eq-x` option lines → display math with that id. */
function readMathDirective(node: Code, parent: Parent, index: number) {
  const lines = node.value.split(/\r?\n/);
  const attributes: Attributes = { classes: [], values: {} };
  let count = 0;
  for (let option = readMystOption(lines[0] ?? ''); option; option = readMystOption(lines[count] ?? '')) {
    addMystOption(attributes, option);
    count += 1;
  }
  const math = displayMath(lines.slice(count).join('\n'), count > 0 ? attributes : undefined);
  parent.children[index] = { ...math, position: node.position };
}

/**
 * Read what the braces of a code fence's info string say (the info is
 * read from the source, as written): Quarto cells ```` ```{python} ````,
 * Pandoc attributes ```` ```{.python code-line-numbers="|6|9"} ````, raw
 * blocks ```` ```{=html} ````, MyST ```` ```{math} ````, and any other braced
 * name as an unread MyST directive. Fences without braces stay as they are.
 */
export function readCodeBlocks(tree: Root, source: string, report: Report): void {
  visit(tree, 'code', (node, index, parent) => {
    const info = fenceInfo(node, source);
    if (!info?.text.startsWith('{') || info.text.startsWith('{{') || !parent || index === undefined) return;
    const at = { line: node.position!.start.line, column: info.column };
    const raw = /^\{=([\w-]+)\}$/.exec(info.text);
    const cell = /^\{([A-Za-z][\w-]*)(?:[\s,]+(.*))?\}$/.exec(info.text);
    const name = cell?.[1] ?? /^\{([A-Za-z][\w-]*)\}/.exec(info.text)?.[1];
    if (raw) {
      Object.assign(node, { lang: null, meta: null, data: { ...node.data, rawFormat: raw[1] } });
    } else if (cell && CELL_LANGUAGES[cell[1]!.toLowerCase()] !== undefined) {
      const options = cell[2] ?? '';
      readCell(node, cell[1]!, options, { line: at.line, column: at.column + info.text.length - 1 - options.length }, report);
    } else if (name === 'math') {
      readMathDirective(node, parent, index);
    } else if (name) {
      node.data = { ...node.data, mystDirective: name };
    } else if (looksLikeAttributes(info.text)) {
      const result = parseAttributes(info.text);
      if (!result.ok) return report(attributeProblem(info.text, result.reason, at.line, at.column + result.column - 1));
      const [lang, ...classes] = result.attributes.classes;
      Object.assign(node, { lang: lang ?? null, meta: null, data: { ...node.data, attributes: { ...result.attributes, classes } } });
    }
  });
}
