import { quartoKeyAdvice } from '../compile/quarto-frontmatter.ts';
import type { Diagnostic } from '../model/diagnostic.ts';

/**
 * Rule ids of what an import reports (src/model/rules.ts): a setting with no place in the course folder,
 * a toc entry that names nothing to import, a file that cannot be brought along, a host now allowed to
 * embed from, a folder that is no project, an output folder that cannot be written.
 */
export type ImportRule = 'import-not-carried' | 'import-toc-entry' | 'import-file' | 'import-embed' | 'import-source' | 'import-out';

/** A note of the import at a line of a source file (a warning: the import goes on), or an error that stops it. */
export function importNote(path: string, line: number, ruleId: ImportRule, reason: string, fix: string, severity: Diagnostic['severity'] = 'warning'): Diagnostic {
  return { path, line, column: 1, severity, ruleId, reason, fix };
}

/** The note for a setting this site has no place for. */
export function notCarried(path: string, line: number, key: string, why: string): Diagnostic {
  return importNote(path, line, 'import-not-carried', `${key} is not carried over`, why);
}

/** Quarto's advice on a key this site does not read (src/compile/quarto-frontmatter.ts), for a key the import already left out. */
export function quartoAdvice(path: readonly string[], key: string): string | undefined {
  return quartoKeyAdvice(path, key)?.replace(/(?::|,? and) delete (?:this line|\S+:)$/, '');
}
