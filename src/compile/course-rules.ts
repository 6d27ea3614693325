import type { Diagnostic } from '../model/diagnostic.ts';
import type { CompiledLecture, DocumentKind } from '../model/lecture.ts';
import type { Bibliography } from '../references/bibliography.ts';

/** Problems of the bibliography file itself, and entries no lecture cites (warnings). */
export function bibliographyDiagnostics(bibliography: Bibliography, cited: ReadonlySet<string>): Diagnostic[] {
  const unused = [...bibliography.entries.keys()].filter((key) => !cited.has(key));
  return [
    ...bibliography.problems,
    ...unused.map((key): Diagnostic => ({
      path: bibliography.path, line: bibliography.lines.get(key) ?? 1, column: 1, severity: 'warning',
      ruleId: 'bibtex-unused', reason: `Bibliography entry "${key}" is not cited by any lecture`,
      fix: 'cite it where it belongs, or remove it',
    })),
  ];
}

/** A lecture number or slug (the name after `NN-`) used by two files, reported at the second. */
export function duplicateDiagnostics(documents: readonly (Pick<CompiledLecture, 'id' | 'path'> & { kind: DocumentKind; data?: object })[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const numbers = new Map<number, string>();
  const slugs = new Map<string, string>();
  // Course pages have no number, and their names cannot look like a lecture's.
  for (const { id, path, data } of documents.filter((document) => document.kind === 'lecture') as Pick<CompiledLecture, 'id' | 'path' | 'data'>[]) {
    const slug = id.replace(/^\d+-/, '');
    const clash = (ruleId: string, what: string, owner: string, fix: string) =>
      diagnostics.push({ path, line: 1, column: 1, severity: 'error', ruleId, reason: `${what} is also used by ${owner}`, fix });
    if (data && numbers.has(data.number)) {
      clash('duplicate-number', `Lecture number ${data.number}`, numbers.get(data.number)!, 'give each lecture its own number');
    } else if (data) numbers.set(data.number, path);
    if (slugs.has(slug)) clash('duplicate-slug', `The name "${slug}"`, slugs.get(slug)!, 'give each lecture file its own name');
    else slugs.set(slug, path);
  }
  return diagnostics;
}
