import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ImageInfoError, imageInfo } from '../figures/image-info.ts';
import { hasImageExtension, type ImageFile } from '../markdown/image-files.ts';

/** SVGs of the course folder up to this size are put into the page itself, so their text takes the page's fonts. */
const INLINE_SVG_BYTES = 150_000;

/** What was read of a file, with the size and time it had then (reused while both stay the same). */
interface Remembered {
  size: number;
  modified: number;
  file: ImageFile;
}

/** Facts by file path, kept between compiles of this process (every save in `astro dev`) and, on disk, between builds. */
const remembered = new Map<string, Remembered>();
let loadedFrom: string | undefined;

/** Folders of a course folder that hold no course files: installed packages and a build written inside it. */
const NOT_COURSE_FILES = new Set(['node_modules', 'dist']);

/** Every image file under `dir` (by its extension), as [path relative to `dir` with `/`, path, stats]; folders starting with `.`, `node_modules` and `dist` are skipped. */
function walk(dir: string, root = dir): [string, string, Stats][] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.filter((name) => !name.startsWith('.') && !NOT_COURSE_FILES.has(name)).flatMap((name) => {
    const path = join(dir, name);
    const stats = statSync(path);
    if (stats.isDirectory()) return walk(path, root);
    return hasImageExtension(name) ? [[relative(root, path).split(sep).join('/'), path, stats] as [string, string, Stats]] : [];
  });
}

/** Read one file's facts: size, format and, for a small SVG of the course folder, its source. */
async function readImage(path: string, stats: Stats, inline: boolean): Promise<ImageFile> {
  try {
    const { width, height, format } = await imageInfo(path);
    const svg = inline && format === 'svg' && stats.size <= INLINE_SVG_BYTES ? readFileSync(path, 'utf8') : undefined;
    return { width, height, format, ...(svg === undefined ? {} : { svg }) };
  } catch (error) {
    if (!(error instanceof ImageInfoError)) throw error;
    return { problem: { ruleId: error.ruleId, reason: error.message, fix: error.fix } };
  }
}

function loadRemembered(cacheFile: string): void {
  if (loadedFrom === cacheFile) return;
  loadedFrom = cacheFile;
  try {
    const saved = JSON.parse(readFileSync(cacheFile, 'utf8')) as [string, Remembered][];
    for (const [path, entry] of saved) if (!remembered.has(path)) remembered.set(path, entry);
  } catch {
    // No cache yet, or an unreadable one: every image is read again.
  }
}

function saveRemembered(cacheFile: string): void {
  mkdirSync(join(cacheFile, '..'), { recursive: true });
  writeFileSync(`${cacheFile}.${process.pid}.tmp`, JSON.stringify([...remembered]));
  renameSync(`${cacheFile}.${process.pid}.tmp`, cacheFile);
}

/** The facts of every file of a folder, by key (`prefix` + its path in the folder), read again only when a file changed. */
async function readFolder(dir: string, prefix: string, inline: boolean): Promise<{ files: [string, ImageFile][]; changed: boolean }> {
  let changed = false;
  const files = await Promise.all(walk(dir).map(async ([name, path, stats]): Promise<[string, ImageFile]> => {
    const known = remembered.get(path);
    if (known?.size === stats.size && known.modified === stats.mtimeMs) return [prefix + name, known.file];
    const file = await readImage(path, stats, inline);
    remembered.set(path, { size: stats.size, modified: stats.mtimeMs, file });
    changed = true;
    return [prefix + name, file];
  }));
  return { files, changed };
}

/**
 * What every lecture may show: each image file of the course folder by its
 * path in it (`lectures/figures/map.png`) and each of the site's static
 * folders by its site path (`/figures/map.png`; the first folder that has a
 * path wins), with its size and format or why it cannot be shown. Images are
 * read with sharp once, then again only when their size or time changes;
 * what was read is kept in `cacheDir` for the next build.
 */
export async function readImageFiles(contentDir: string, publicDirs: readonly string[], cacheDir: string): Promise<Map<string, ImageFile>> {
  const cacheFile = join(cacheDir, 'image-facts.json');
  loadRemembered(cacheFile);
  const local = await readFolder(contentDir, '', true);
  const sites = await Promise.all(publicDirs.map((dir) => readFolder(dir, '/', false)));
  if (local.changed || sites.some((site) => site.changed)) saveRemembered(cacheFile);
  const site = new Map(sites.toReversed().flatMap((folder) => folder.files));
  // Sorted, so the context digest does not depend on the order the file system lists them in.
  return new Map([...local.files, ...site].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
