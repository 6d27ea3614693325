import { readCellOptions } from '../markdown/pandoc/cell-options.ts';
import { cellOptionsSchema } from '../schemas/execute.ts';
import type { NotebookCell } from './notebook.ts';

/**
 * The keys of a code cell's metadata that are cell options: Quarto reads its option names there
 * (`"fig-alt": "…"`), Jupyter keeps the cell's `tags` there and Jupyter Book its `mystnb` settings.
 * Other keys (`collapsed`, `colab`, `slideshow` …) belong to other tools.
 */
const OPTION_KEYS: readonly string[] = Object.keys(cellOptionsSchema.shape);

/** One `#|` line a notebook cell's metadata gives, with the .ipynb line of its key. */
export interface MetadataOptionLine {
  text: string;
  line: number;
}

/**
 * `#|` lines for the options a notebook code cell's metadata sets and its own `#|` lines do not (those
 * win, as in Quarto): so the compile and `npm run execute` read them as they read any option, and a
 * problem in one points at its key in the .ipynb file. Values are written as JSON, which YAML reads.
 */
export function metadataOptionLines(cell: NotebookCell): MetadataOptionLine[] {
  const own = readCellOptions(cell.source, '#|');
  const written = own.ok ? Object.keys(own.options) : [];
  return OPTION_KEYS.flatMap((key) => {
    const value = cell.metadata[key];
    if (value === undefined || written.includes(key) || (key === 'tags' && Array.isArray(value) && value.length === 0)) return [];
    return [{ text: `#| ${key}: ${JSON.stringify(value)}`, line: cell.metadataLines[key] ?? cell.line }];
  });
}
