import { stringify as stringifyYaml } from 'yaml';
import type { Notebook, NotebookCell } from './notebook.ts';
import { metadataOptionLines } from './notebook-cell-options.ts';
import { slideshowPlaces } from './notebook-slideshow.ts';
import type { CellOutput } from './outputs.ts';
import { tidyOutputs } from './tidy-outputs.ts';

/** A notebook turned into a lecture's Markdown, with what the pipeline needs to keep it tied to the notebook. */
export interface NotebookLecture {
  /** Frontmatter, markdown and raw cells as they are, code cells as ```` ```{python} ```` chunks (`#|` lines kept). */
  markdown: string;
  /** The .ipynb line of each Markdown line (index 0 is line 1), so diagnostics point into the notebook. */
  sourceLines: number[];
  /** The saved outputs of each code cell, in order; undefined for a cell never run (runCells' `storedOutputs`). */
  storedOutputs: (CellOutput[] | undefined)[];
}

/** The shortest backtick fence (at least 3) that no run of backticks in the code can close. */
function fenceFor(code: string): string {
  const longest = Math.max(0, ...Array.from(code.matchAll(/`+/g), ([run]) => run.length));
  return '`'.repeat(Math.max(3, longest + 1));
}

/** The lines of a cell's source, without the empty line a final `\n` would add. */
function linesOf(source: string): string[] {
  return source === '' ? [] : source.replace(/\n$/, '').split('\n');
}

/**
 * A code cell as a Quarto cell: a ```` ```{python} ```` fence, the `#|` lines its metadata gives (tags,
 * options; each at the .ipynb line of its key), then its source as it is.
 */
function codeCellLines(cell: NotebookCell, language: string): { text: string; line: number }[] {
  const fence = fenceFor(cell.source);
  const source = linesOf(cell.source).map((text, index) => ({ text, line: cell.sourceLines[index] ?? cell.line }));
  return [
    { text: `${fence}{${language}}`, line: cell.line },
    ...metadataOptionLines(cell),
    ...source,
    { text: fence, line: cell.sourceLines.at(-1) ?? cell.line },
  ];
}

/**
 * Convert a notebook to lecture Markdown; its title goes into the frontmatter. A notebook with a
 * slideshow (cells' `slideshow.slide_type`) is cut into slides as it says (src/cells/notebook-slideshow.ts),
 * and is not paginated unless its frontmatter says so: its author cut its slides.
 */
export function notebookToLecture(notebook: Notebook): NotebookLecture {
  const markdown: string[] = [];
  const sourceLines: number[] = [];
  const push = (line: string, from: number) => {
    markdown.push(line);
    sourceLines.push(from);
  };
  const pushCell = (cell: NotebookCell, from = 0) =>
    linesOf(cell.source).slice(from).forEach((line, index) => push(line, cell.sourceLines[from + index] ?? cell.line));

  const slideshow = slideshowPlaces(notebook);
  const frontmatter = { ...(slideshow && { paginate: false }), ...notebook.frontmatter, ...(notebook.title === undefined ? {} : { title: notebook.title }) };
  if (Object.keys(frontmatter).length > 0) {
    const from = notebook.cells[notebook.frontmatterCell ?? -1]?.line ?? 1;
    push('---', from);
    for (const line of linesOf(stringifyYaml(frontmatter))) push(line, from);
    push('---', from);
    push('', from);
  }

  const codeCells: NotebookCell[] = [];
  notebook.cells.forEach((cell, index) => {
    if (index === notebook.frontmatterCell) return;
    const place = slideshow?.[index];
    for (const { text, line } of place?.before ?? []) push(text, line);
    if (cell.kind === 'code') {
      for (const { text, line } of codeCellLines(cell, notebook.language)) push(text, line);
      codeCells.push(cell);
    } else {
      pushCell(cell, place?.headingRaised ? 1 : 0);
    }
    for (const text of place?.after ?? []) push(text, cell.sourceLines.at(-1) ?? cell.line);
    push('', cell.sourceLines.at(-1) ?? cell.line);
  });

  // Each code cell is one chunk, in order: its outputs stand at its position among the chunks.
  const storedOutputs = codeCells.map((cell) => (cell.executed ? tidyOutputs(cell.outputs) : undefined));
  // No blank line after the last cell.
  while (markdown.at(-1) === '') {
    markdown.pop();
    sourceLines.pop();
  }
  return { markdown: `${markdown.join('\n')}\n`, sourceLines, storedOutputs };
}
