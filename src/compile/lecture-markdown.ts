import { basename } from 'node:path';
import { notebookToLecture } from '../cells/notebook-to-lecture.ts';
import { parseNotebook } from '../cells/notebook.ts';
import type { CellOutput } from '../cells/outputs.ts';
import type { Diagnostic } from '../model/diagnostic.ts';

/** A lecture file as Markdown: a notebook converted, any other lecture file as it is. */
export interface LectureMarkdown {
  /** The Markdown, frontmatter included. */
  text: string;
  /** Moves a diagnostic of the Markdown to the line of the file it came from (a notebook's .ipynb line). */
  locate(diagnostic: Diagnostic): Diagnostic;
  /** Outputs saved in the file (a notebook's), by position among its Python cells. */
  stored?: (CellOutput[] | undefined)[];
  /** Whether its title is its first `#` heading: a notebook whose metadata and frontmatter name none. */
  titledByHeading?: boolean;
}

/** Whether a lecture file is a Jupyter notebook. */
export function isNotebookPath(path: string): boolean {
  return path.endsWith('.ipynb');
}

/**
 * A lecture file's Markdown. A notebook (`NN-slug.ipynb`) becomes Markdown with ```` ```{python} ````
 * cells (src/cells/notebook-to-lecture.ts); its number, unless its frontmatter says, is the file
 * name's. A notebook that is not valid JSON or nbformat 4 is a diagnostic at its line.
 */
export function lectureMarkdown(path: string, text: string): LectureMarkdown | { diagnostic: Diagnostic } {
  if (!isNotebookPath(path)) return { text, locate: (diagnostic) => diagnostic };
  const parsed = parseNotebook(text, path);
  if ('diagnostic' in parsed) return parsed;
  const { notebook } = parsed;
  const number = Number(/^(\d+)-/.exec(basename(path))?.[1]);
  const lecture = notebookToLecture({ ...notebook, frontmatter: { ...(number ? { number } : {}), ...notebook.frontmatter } });
  const lastLine = lecture.sourceLines.at(-1) ?? 1;
  return {
    text: lecture.markdown,
    stored: lecture.storedOutputs,
    // A column of the Markdown is not one of the JSON string that holds the line.
    locate: (diagnostic) => ({ ...diagnostic, line: lecture.sourceLines[diagnostic.line - 1] ?? lastLine, column: 1 }),
    ...(notebook.title === undefined && { titledByHeading: true }),
  };
}
