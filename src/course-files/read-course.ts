import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { CompileContext, LectureSource } from '../compile/context.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import { parseBibliography, type Bibliography } from '../references/bibliography.ts';
import { CACHE_DIR, courseFiles, PUBLIC_DIR } from './content-dir.ts';
import { readCourseConfig } from './course.ts';
import { drawLectureDiagrams } from './read-diagrams.ts';
import { readImageFiles } from './read-images.ts';
import { basePath } from './site-config.ts';

let lastBibliography: { path: string; text: string; bibliography: Bibliography } | undefined;

/**
 * The bibliography file of a course; an empty one when there is none. Parsed
 * again only when its text changed (citation-js is slow, and `astro dev`
 * reads the course on every save).
 */
export function readBibliography(path: string): Bibliography {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return { path, entries: new Map(), lines: new Map(), problems: [] };
  }
  if (lastBibliography?.path !== path || lastBibliography.text !== text) {
    lastBibliography = { path, text, bibliography: parseBibliography(path, text) };
  }
  return lastBibliography.bibliography;
}

/** Every file under `dir` as a site path (`/figures/map.png`). */
export function listSiteFiles(dir = PUBLIC_DIR): Set<string> {
  const files = new Set<string>();
  const walk = (folder: string) => {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.add(`/${relative(dir, path).split(sep).join('/')}`);
    }
  };
  walk(dir);
  return files;
}

/** The lecture files of a folder (`*.md`), in file-name order, as read. */
function readLectureSources(dir: string): LectureSource[] {
  return readdirSync(dir).filter((name) => name.endsWith('.md')).sort()
    .map((name) => ({ path: join(dir, name), bytes: readFileSync(join(dir, name)) }));
}

/** What a course folder gives the compiler: its context (when course.yaml is valid), its lectures and the problems of its own files. */
export interface CourseFolder {
  context?: CompileContext;
  sources: LectureSource[];
  diagnostics: Diagnostic[];
}

/** Where a course folder is read from and what it may keep between builds. */
export interface CourseFolderOptions {
  /** The course folder; `CONTENT_DIR` by default. */
  contentDir?: string;
  /** Folder for what is worth keeping between builds (image facts, drawn diagrams); Astro's cache folder by default. */
  cacheDir?: string;
}

/**
 * Read a course folder: course.yaml, references.bib, the lecture files, the
 * names of the files in public/ and the size of every image, and draw the
 * lectures' diagrams. All file reading of a compile is here.
 */
export async function readCourseFolder({ contentDir, cacheDir = CACHE_DIR }: CourseFolderOptions = {}): Promise<CourseFolder> {
  const files = courseFiles(contentDir);
  const { course, diagnostics } = readCourseConfig(files.course);
  const read = readLectureSources(files.lectures);
  if (!course) return { sources: read, diagnostics };
  const bibliography = readBibliography(files.bibliography);
  const kept = join(cacheDir, 'lecture-site');
  const context: CompileContext = {
    course,
    citations: { bibliography, style: course.citationStyle },
    base: basePath(course),
    siteFiles: listSiteFiles(),
    images: await readImageFiles(files.root, PUBLIC_DIR, kept),
  };
  const sources = await drawLectureDiagrams(read, course, join(kept, 'diagrams'));
  return { context, sources, diagnostics };
}
