import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';
import type { Diagnostic } from '../model/diagnostic.ts';
import { isJsonSyntaxProblem, parseJsonText, type JsonText } from './json-text.ts';
import { cellOutputSchema, multilineText, type CellOutput } from './outputs.ts';

/** One notebook cell, its source joined, with where its lines are in the .ipynb file. */
export interface NotebookCell {
  kind: 'markdown' | 'code' | 'raw';
  source: string;
  /** Stored outputs (code cells; empty for others), as saved by Jupyter. */
  outputs: CellOutput[];
  /** Whether the code cell was run when saved (Jupyter's execution_count), so its outputs are its own. */
  executed: boolean;
  /** Line in the .ipynb file where the cell's source starts. */
  line: number;
  /** Line in the .ipynb file of each line of the source. */
  sourceLines: number[];
  /** The cell's metadata as saved (`tags`, Quarto's options, `mystnb` …); empty when it has none. */
  metadata: Record<string, unknown>;
  /** Line in the .ipynb file of each key of the metadata. */
  metadataLines: Record<string, number>;
  /** Its place in a slideshow (RISE / nbconvert's `metadata.slideshow.slide_type`), when it names one. */
  slideType?: SlideType;
}

/** The slideshow cell types of Jupyter (nbconvert's slides exporter, RISE): `-` goes on with the slide before. */
export const SLIDE_TYPES = ['slide', 'subslide', 'fragment', 'skip', 'notes', '-'] as const;
/** A cell's place in a slideshow. */
export type SlideType = (typeof SLIDE_TYPES)[number];

/** A cell's `metadata.slideshow.slide_type`, read leniently as nbconvert does: anything else is no slide type. */
function slideTypeOf(cell: Record<string, unknown>): SlideType | undefined {
  const slideshow = (cell.metadata as { slideshow?: { slide_type?: unknown } } | undefined)?.slideshow;
  const type = typeof slideshow === 'object' && slideshow !== null ? slideshow.slide_type : undefined;
  return SLIDE_TYPES.find((known) => known === type);
}

/** A notebook read for the lecture pipeline. */
export interface Notebook {
  /** From `metadata.title`, else the frontmatter raw cell (the lecture's reader takes the first `# heading` when neither names it). */
  title?: string;
  /** The YAML of a first raw cell written as frontmatter (`---` lines around it), parsed. */
  frontmatter?: Record<string, unknown>;
  /** Index of that raw cell in `cells`. */
  frontmatterCell?: number;
  /** The kernel's language, `python` when the notebook does not say. */
  language: string;
  cells: NotebookCell[];
}

const notebookSchema = z.looseObject({
  nbformat: z.literal(4),
  metadata: z.looseObject({
    title: z.string().optional(),
    kernelspec: z.looseObject({ language: z.string().optional() }).optional(),
    language_info: z.looseObject({ name: z.string().optional() }).optional(),
  }),
  cells: z.array(
    z.discriminatedUnion('cell_type', [
      z.looseObject({ cell_type: z.literal('markdown'), source: multilineText }),
      z.looseObject({ cell_type: z.literal('raw'), source: multilineText }),
      z.looseObject({
        cell_type: z.literal('code'),
        source: multilineText,
        execution_count: z.number().int().nullable(),
        outputs: z.array(cellOutputSchema),
      }),
    ]),
  ),
});

/** A raw cell that is YAML frontmatter: `---`, the YAML, `---`. */
const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Parse a notebook's text (nbformat 4); invalid JSON or another format is a diagnostic at its line:column. */
export function parseNotebook(text: string, path: string): { notebook: Notebook } | { diagnostic: Diagnostic } {
  const problem = (line: number, column: number, reason: string, fix: string) => ({
    diagnostic: { path, line, column, severity: 'error', ruleId: 'notebook-invalid', reason, fix } satisfies Diagnostic,
  });
  const json = parseJsonText(text);
  if (isJsonSyntaxProblem(json)) {
    return problem(json.line, json.column, `The notebook is not valid JSON: ${json.reason}`, 'repair the file, e.g. by opening and saving it in Jupyter');
  }
  const version = (json.value as { nbformat?: unknown } | null)?.nbformat;
  if (version !== 4) {
    const at = json.positionOf(['nbformat']);
    return problem(
      at.line,
      at.column,
      `The notebook is nbformat ${String(version ?? 'unknown')}; only nbformat 4 is read`,
      'convert it: jupyter nbconvert --to notebook --nbformat 4 --inplace <file>, or open and save it in Jupyter',
    );
  }
  const parsed = notebookSchema.safeParse(json.value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = (issue?.path ?? []).filter((part) => typeof part !== 'symbol');
    const at = json.positionOf(where);
    return problem(at.line, at.column, `The notebook does not follow nbformat 4 at ${where.join('.')}: ${issue?.message}`, 'repair it in Jupyter');
  }

  const cells = parsed.data.cells.map((cell, index): NotebookCell => {
    const sourceLines = sourceLinesOf(json, index, cell.source);
    const metadata = recordOr(cell.metadata);
    const slideType = slideTypeOf(cell);
    return {
      ...(slideType && { slideType }),
      kind: cell.cell_type,
      source: cell.source,
      outputs: cell.cell_type === 'code' ? cell.outputs : [],
      executed: cell.cell_type === 'code' && (cell.execution_count !== null || cell.outputs.length > 0),
      line: sourceLines[0] ?? json.positionOf(['cells', index, 'source']).line,
      sourceLines,
      metadata,
      metadataLines: Object.fromEntries(Object.keys(metadata).map((key) => [key, json.positionOf(['cells', index, 'metadata', key]).line])),
    };
  });
  const frontmatterCell = cells.findIndex((cell) => cell.kind === 'raw' && FRONTMATTER.test(cell.source));
  let frontmatter: Record<string, unknown> | undefined;
  if (frontmatterCell !== -1) {
    const cell = cells[frontmatterCell] as NotebookCell;
    try {
      const yaml: unknown = parseYaml(FRONTMATTER.exec(cell.source)?.[1] ?? '');
      frontmatter = yaml && typeof yaml === 'object' && !Array.isArray(yaml) ? (yaml as Record<string, unknown>) : {};
    } catch (error) {
      if (!(error instanceof YAMLParseError)) throw error;
      const line = cell.sourceLines[error.linePos?.[0].line ?? 0] ?? cell.line;
      return problem(line, 1, `The notebook's frontmatter is not valid YAML: ${error.message.split('\n')[0]}`, 'write it as `name: value` lines');
    }
  }
  const { metadata } = parsed.data;
  const title = metadata.title ?? stringOr(frontmatter?.title);
  return {
    notebook: {
      ...(title === undefined ? {} : { title }),
      ...(frontmatter ? { frontmatter, frontmatterCell } : {}),
      language: metadata.kernelspec?.language ?? metadata.language_info?.name ?? 'python',
      cells,
    },
  };
}

/** The .ipynb line of each line of a cell's source (a list of lines, or one string on one line). */
function sourceLinesOf(json: JsonText, index: number, source: string): number[] {
  const lineCount = source === '' ? 0 : source.replace(/\n$/, '').split('\n').length;
  const stored = (json.value as { cells: { source: unknown }[] }).cells[index]?.source;
  if (!Array.isArray(stored)) return Array.from({ length: lineCount }, () => json.positionOf(['cells', index, 'source']).line);
  return stored.flatMap((part: string, element) => {
    const line = json.positionOf(['cells', index, 'source', element]).line;
    return Array.from({ length: Math.max(1, part.replace(/\n$/, '').split('\n').length) }, () => line);
  });
}

/** A value if it is a JSON object, else an empty one. */
function recordOr(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** A value if it is text. */
function stringOr(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
