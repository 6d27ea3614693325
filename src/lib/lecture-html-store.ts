import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Rendered lecture HTML (notes and deck) lives in files here, beside Astro's
 * content store, not in it: Astro bundles that store into the
 * build as one JavaScript string, which for a large course costs seconds and
 * gigabytes. The store keeps only the name of the file.
 */
export const LECTURE_HTML_DIR = resolve(
  // Beside each of Astro's two stores, so `astro dev` and a build never prune each other's files.
  process.env.NODE_ENV === 'development' ? '.astro/lecture-html' : 'node_modules/.astro/lecture-html',
);

/** Both HTML views of one rendered lecture. */
export interface LectureHtml {
  notesHtml: string;
  deckHtml: string;
}

/** A rendered entry as Astro's content store keeps it (the fields used here). */
export interface StoredRender {
  html: string;
  metadata?: { frontmatter?: Record<string, unknown> } & Record<string, unknown>;
}

/** The metadata key under which a slimmed render names its HTML file. */
const FILE_KEY = 'lectureHtmlFile';

/**
 * Move the HTML of a render into its own file (named by entry id and content
 * digest) and return the render without it, for Astro's store.
 */
export function offloadHtml(entry: { id: string; digest?: string | number }, rendered: StoredRender, dir = LECTURE_HTML_DIR): StoredRender {
  const frontmatter = rendered.metadata?.frontmatter;
  const views = frontmatter?.lectureViews as { deckHtml?: string } | undefined;
  if (!views?.deckHtml) return rendered; // A render with errors carries no views: keep it as Astro made it.
  const file = `${entry.id}.${entry.digest ?? 'x'}.json`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, file), JSON.stringify({ notesHtml: rendered.html, deckHtml: views.deckHtml } satisfies LectureHtml));
  const { deckHtml: _deckHtml, ...slimViews } = views;
  return {
    ...rendered,
    html: '',
    metadata: { ...rendered.metadata, frontmatter: { ...frontmatter, lectureViews: slimViews, [FILE_KEY]: file } },
  };
}

/** The HTML file a stored render names, if it was offloaded. */
export function htmlFileOf(rendered: StoredRender | undefined): string | undefined {
  const file = rendered?.metadata?.frontmatter?.[FILE_KEY];
  return typeof file === 'string' ? file : undefined;
}

const read = new Map<string, LectureHtml>();

/** The HTML of an offloaded render (read once per process); undefined if its file is gone. */
export function loadHtml(file: string, dir = LECTURE_HTML_DIR): LectureHtml | undefined {
  const path = join(dir, file);
  let html = read.get(path);
  if (!html && existsSync(path)) read.set(path, (html = JSON.parse(readFileSync(path, 'utf8')) as LectureHtml));
  return html;
}

/** Whether the HTML file of a stored render is still there (a render kept in Astro's cache needs it). */
export function hasHtml(rendered: StoredRender | undefined, dir = LECTURE_HTML_DIR): boolean {
  const file = htmlFileOf(rendered);
  return file === undefined || existsSync(join(dir, file));
}

/** Delete the HTML files no stored render names any more (older versions of edited lectures). */
export function pruneHtml(keep: Iterable<string>, dir = LECTURE_HTML_DIR): void {
  if (!existsSync(dir)) return;
  const kept = new Set(keep);
  for (const name of readdirSync(dir)) if (!kept.has(name)) rmSync(join(dir, name), { force: true });
}
