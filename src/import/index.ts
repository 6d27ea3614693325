import { join } from 'node:path';
import { diagnosticSummary, formatDiagnostic, type Diagnostic } from '../model/diagnostic.ts';
import { planImport } from './plan.ts';
import { readProject } from './read-project.ts';
import { writeCourseFolder } from './write-course.ts';

/** What `importCourse` was asked to do. */
export interface ImportOptions {
  /** The Jupyter Book or Quarto project folder. */
  from: string;
  /** The course folder to write (default `content`). */
  out?: string;
  /** Replace a folder that already holds files. */
  force?: boolean;
}

/** What an import did. */
export interface ImportResult {
  /** The course folder. */
  out: string;
  /** Files written, as paths in the course folder; none when the import was refused. */
  files: string[];
  /** Everything not carried over, at its source file's line (paths as the project folder was named); an error means nothing was written. */
  notes: Diagnostic[];
}

/**
 * Import a Jupyter Book or a Quarto project into a course folder (README: Bringing a Jupyter Book or
 * Quarto project). The folder is written whole or not at all; one that holds files is replaced only
 * with `force`.
 */
export async function importCourse({ from, out = 'content', force = false }: ImportOptions): Promise<ImportResult> {
  const plan = planImport(await readProject(from, out));
  const notes = plan.notes.map((note) => ({ ...note, path: join(from, note.path) }));
  if (notes.some((note) => note.severity === 'error')) return { out, files: [], notes };
  const outcome = await writeCourseFolder(plan.files, from, out, force);
  if ('refused' in outcome) return { out, files: [], notes: [outcome.refused] };
  return { out, files: outcome.written, notes };
}

/** The result for a terminal: one line per note (`file:line:col severity reason — fix [rule]`), then a summary line. */
export function formatImportResult(result: ImportResult): string {
  const lectures = result.files.filter((path) => /^lectures\/\d+-[^/]+$/.test(path)).length;
  const pages = result.files.filter((path) => /^pages\/[^/]+\.md$/.test(path)).length;
  const summary = result.files.length === 0
    ? `Nothing was written to ${result.out}: ${diagnosticSummary(result.notes)}.`
    : `Imported ${lectures} lecture(s) and ${pages} page(s) into ${result.out} (${result.files.length} files); ${result.notes.length} note(s) on what was not carried over. Check it with lecture-site check --content ${result.out}`;
  return [...result.notes.map(formatDiagnostic), summary].join('\n');
}
