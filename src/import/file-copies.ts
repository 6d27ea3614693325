import { posix } from 'node:path';
import { lectureIdOf } from '../model/lecture.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import type { PlannedDocument } from './documents.ts';
import { importNote } from './notes.ts';
import type { Reference } from './references.ts';
import type { SourceProject } from './types.ts';

/** The files documents refer to, as copies into the course folder, and the hosts they show things from. */
export interface FileCopies {
  /** Course folder path → source path. */
  copies: Map<string, string>;
  /** Host → where it is first shown from. */
  embeds: Map<string, { path: string; line: number }>;
  notes: Diagnostic[];
}

/** A URL's path without its query and fragment, %-escapes decoded; undefined when an escape is broken. */
function decodedPath(url: string): string | undefined {
  try {
    return decodeURI(url.replace(/[?#].*$/, ''));
  } catch {
    return undefined;
  }
}

/**
 * Plan a copy of every file a document refers to by relative path, to the place that keeps the
 * path working from the document's new place (`images/map.png` beside a notebook that became
 * `lectures/01-….ipynb` → `lectures/images/map.png`); a path from the project's root (`/images/x.png`)
 * goes into `public/`. Hosts of pictures, frames and media on other sites are collected for
 * `embeds:`. A missing file, one outside the project or the course folder, one whose place is
 * taken and a link to another document are notes at the reference's line.
 */
export function planFileCopies(project: SourceProject, documents: PlannedDocument[], referencesOf: (document: PlannedDocument) => Reference[], reserved: ReadonlySet<string>): FileCopies {
  const plan: FileCopies = { copies: new Map(), embeds: new Map(), notes: [] };
  const byPath = new Map(documents.map((document) => [document.source.path, document]));
  for (const document of documents) {
    const note = (line: number, reason: string, fix: string) => plan.notes.push(importNote(document.source.path, line, 'import-file', reason, fix));
    for (const { url, line, shown } of referencesOf(document)) {
      const remote = /^(?:https?:)?\/\/([^/?#]+)/i.exec(url);
      if (remote) {
        if (shown && !plan.embeds.has(remote[1]!.toLowerCase())) plan.embeds.set(remote[1]!.toLowerCase(), { path: document.source.path, line });
        continue;
      }
      if (url === '' || url.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(url)) continue;
      const path = decodedPath(url);
      if (path === undefined) {
        note(line, `${url} has a broken %-escape`, 'write the path with its characters as they are, or escape them again');
        continue;
      }
      const fromRoot = path.startsWith('/');
      const source = posix.normalize(fromRoot ? path.slice(1) : posix.join(posix.dirname(document.source.path), path));
      const target = posix.normalize(fromRoot ? `public/${source}` : posix.join(posix.dirname(document.target), path));
      const linked = byPath.get(source);
      if (linked) {
        const there = linked.number ? `/notes/${lectureIdOf(linked.target)}/` : `the page ${linked.target}`;
        note(line, `the link to ${url} is not carried over: that document is ${linked.target} now`, `link to ${there} instead`);
      } else if (source.startsWith('../') || source === '..') {
        note(line, `${url} is outside the project folder`, 'copy the file into the project, refer to it from there and import again');
      } else if (!project.files.includes(source)) {
        note(line, `${url} is not a file of the project`, 'add the file, or correct the path, and import again');
      } else if (target.startsWith('../')) {
        note(line, `${url} would be outside the course folder beside ${document.target}`, `it is not copied: move ${source} into the folder of ${document.source.path} (or below) and import again`);
      } else if (reserved.has(target) || (plan.copies.has(target) && plan.copies.get(target) !== source)) {
        note(line, `${url} cannot be copied to ${target}: another file goes there`, `rename ${source} and import again`);
      } else {
        plan.copies.set(target, source);
      }
    }
  }
  return plan;
}
