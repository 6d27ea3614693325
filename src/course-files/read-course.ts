import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { CompileContext, LectureSource } from '../compile/context.ts';
import { decodeUtf8 } from '../compile/file-rules.ts';
import { freezePath, readFreezeFile } from './freeze-file.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import { lectureIdOf } from '../model/lecture.ts';
import { parseBibliography, type Bibliography } from '../references/bibliography.ts';
import { CACHE_DIR, courseFiles, PACKAGE_PUBLIC_DIR } from './content-dir.ts';
import { readCourseConfig } from './course.ts';
import { courseDiagramDrawer, pruneGoneLectures } from './read-diagrams.ts';
import { readImageFiles } from './read-images.ts';
import { basePath } from './site-config.ts';

let lastBibliography: { path: string; text: string; bibliography: Bibliography } | undefined;

/**
 * The bibliography file of a course; an empty one when there is none. Parsed
 * again only when its text changed (citation-js is slow, and `astro dev`
 * reads the course on every save).
 */
export function readBibliography(path: string): Bibliography {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return { path, entries: new Map(), lines: new Map(), problems: [] };
  }
  const decoded = decodeUtf8(path, bytes);
  if (!('text' in decoded)) return { path, entries: new Map(), lines: new Map(), problems: [decoded.diagnostic], unreadable: true };
  const { text } = decoded;
  if (lastBibliography?.path !== path || lastBibliography.text !== text) {
    lastBibliography = { path, text, bibliography: parseBibliography(path, text) };
  }
  return lastBibliography.bibliography;
}

/** The folders whose files are served at the site root: the course's `public/`, then the package's defaults. */
export function siteFolders(contentDir: string): string[] {
  return [courseFiles(contentDir).public, PACKAGE_PUBLIC_DIR];
}

/** Every file under the given folders as a site path (`/figures/map.png`). */
export function listSiteFiles(dirs: readonly string[]): Set<string> {
  const files = new Set<string>();
  const walk = (dir: string, folder: string) => {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(dir, path);
      else files.add(`/${relative(dir, path).split(sep).join('/')}`);
    }
  };
  for (const dir of dirs) walk(dir, dir);
  return files;
}

/**
 * The lecture files of a course (`*.md`, `*.qmd`, `*.ipynb`, in any case, so `01-intro.MD` is reported,
 * not skipped), in file-name order, as read, each with its freeze file (the outputs of its code cells);
 * a folder or an unreadable file named like a lecture, or a broken freeze file, is an error.
 */
function readLectureSources(contentDir: string, dir: string): { sources: LectureSource[]; diagnostics: Diagnostic[] } {
  const sources: LectureSource[] = [];
  const diagnostics: Diagnostic[] = [];
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    diagnostics.push({ path: dir, line: 1, column: 1, severity: 'error', ruleId: 'lectures-missing', reason: 'The course has no lectures/ folder',
      fix: 'create it with a first lecture: lecture-site new lecture "Its title"' });
    return { sources, diagnostics };
  }
  for (const name of readdirSync(dir).filter((entry) => /\.(?:q?md|ipynb)$/i.test(entry)).sort()) {
    const path = join(dir, name);
    const problem = (reason: string, fix: string) =>
      diagnostics.push({ path, line: 1, column: 1, severity: 'error', ruleId: 'file-name', reason, fix });
    if (statSync(path).isDirectory()) problem(`${name} is a folder, not a lecture file`, 'rename the folder: lectures are files named NN-slug.md');
    else {
      try {
        const frozen = readFreezeFile(freezePath(contentDir, lectureIdOf(name)));
        if (frozen.diagnostic) diagnostics.push(frozen.diagnostic);
        sources.push({ path, bytes: readFileSync(path), ...(frozen.freeze ? { freeze: frozen.freeze } : {}) });
      } catch (error) {
        problem(`${name} cannot be read (${(error as NodeJS.ErrnoException).code})`, 'check the file is there and readable');
      }
    }
  }
  return { sources, diagnostics };
}

/**
 * The course pages (`pages/*.md`, `.qmd`; in any case, so `Resources.MD` is reported), in file-name order;
 * none when the course has no pages/ folder. Other files there (pictures) are the pages' to show; a
 * notebook there is an error, for a notebook is a lecture.
 */
function readPageSources(dir: string): { sources: LectureSource[]; diagnostics: Diagnostic[] } {
  const sources: LectureSource[] = [];
  const diagnostics: Diagnostic[] = [];
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) return { sources, diagnostics };
  for (const name of readdirSync(dir).filter((entry) => /\.(?:q?md|ipynb)$/i.test(entry)).sort()) {
    const path = join(dir, name);
    const problem = (reason: string, fix: string) => diagnostics.push({ path, line: 1, column: 1, severity: 'error', ruleId: 'file-name', reason, fix });
    if (/\.ipynb$/i.test(name)) problem(`${name} is a notebook in pages/`, 'a notebook is a lecture: move it to lectures/ as NN-slug.ipynb, or write the page in Markdown');
    else if (statSync(path).isDirectory()) problem(`${name} is a folder, not a page`, 'rename the folder: pages are files named slug.md');
    else sources.push({ kind: 'page', path, bytes: readFileSync(path) });
  }
  return { sources, diagnostics };
}

/** What a course folder gives the compiler: its context (when course.yaml is valid), its lectures and the problems of its own files. */
export interface CourseFolder {
  context?: CompileContext;
  sources: LectureSource[];
  diagnostics: Diagnostic[];
}

/** Where a course folder is read from and what it may keep between builds. */
export interface CourseFolderOptions {
  /** The course folder. */
  contentDir: string;
  /** Folder for what is worth keeping between builds (image facts); Astro's cache folder by default. */
  cacheDir?: string;
}

/**
 * Read a course folder: course.yaml, references.bib, the lecture files and
 * their frozen outputs, the course pages, the names of the files in public/ and the size of
 * every image, and give the compile the course's diagram drawer (its stored
 * drawings, Chromium for the rest; those of lectures now gone are deleted).
 * All file reading of a compile is here.
 */
export async function readCourseFolder({ contentDir, cacheDir = CACHE_DIR }: CourseFolderOptions): Promise<CourseFolder> {
  const files = courseFiles(contentDir);
  const { course, diagnostics } = readCourseConfig(files.course);
  const lectures = readLectureSources(files.root, files.lectures);
  const pages = readPageSources(files.pages);
  diagnostics.push(...lectures.diagnostics, ...pages.diagnostics);
  const sources = [...lectures.sources, ...pages.sources];
  await pruneGoneLectures(files.root, new Set(sources.map((source) => lectureIdOf(source.path))));
  if (!course) return { sources, diagnostics };
  const bibliography = readBibliography(files.bibliography);
  const kept = join(cacheDir, 'lecture-site');
  const context: CompileContext = {
    course,
    citations: { bibliography, style: course.citationStyle },
    base: basePath(course),
    siteFiles: listSiteFiles(siteFolders(contentDir)),
    embedHosts: course.embeds,
    missingAltText: course.missingAltText,
    images: await readImageFiles(files.root, siteFolders(contentDir), kept),
    drawDiagrams: courseDiagramDrawer(files.root, course),
  };
  return { context, sources, diagnostics };
}
