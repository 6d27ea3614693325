import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { query } from '../../tests/helpers/html.ts';

/** Bytes a page loads before any interaction, by kind. */
export interface PageWeight {
  jsRaw: number;
  jsGzip: number;
  cssRaw: number;
  cssGzip: number;
  /** Bytes of event-handler attributes (`onclick`…): code that runs only when a control is used. */
  handlerRaw: number;
}

/** JS (inline and module scripts, preloads) and CSS (stylesheets) a built page loads up front. */
export function pageWeight(dist: string, sitePath: string): PageWeight {
  const html = query(readFileSync(join(dist, sitePath, 'index.html'), 'utf8'));
  const files = (selector: string, attribute: string) =>
    [...new Set(html.all(selector).map((node) => String(node.properties[attribute])).filter((url) => url.startsWith('/')))];
  const sum = (urls: string[]) => urls.reduce((total, url) => {
    const bytes = readFileSync(join(dist, url));
    return { raw: total.raw + bytes.length, gzip: total.gzip + gzipSync(bytes).length };
  }, { raw: 0, gzip: 0 });
  const inline = html.all('script:not([src])').map((node) => Buffer.from(node.children.map((child) => ('value' in child ? String(child.value) : '')).join('')));
  const external = sum([...files('script[src]', 'src'), ...files('link[rel=modulepreload]', 'href')]);
  const js = inline.reduce((total, bytes) => ({ raw: total.raw + bytes.length, gzip: total.gzip + gzipSync(bytes).length }), external);
  const css = sum(files('link[rel=stylesheet]', 'href'));
  const handlerRaw = html.all('*').flatMap((node) => Object.entries(node.properties))
    .filter(([name]) => /^on[A-Z]/.test(name)).reduce((total, [, value]) => total + String(value).length, 0);
  return { jsRaw: js.raw, jsGzip: js.gzip, cssRaw: css.raw, cssGzip: css.gzip, handlerRaw };
}

/** Total size of the files under a folder, in bytes. */
export function folderSize(path: string): number {
  return readdirSync(path, { recursive: true }).map(String)
    .reduce((sum, name) => { const stat = statSync(join(path, name)); return sum + (stat.isFile() ? stat.size : 0); }, 0);
}

/** Size of the HTML pages of a built site (for the search index ratio). */
export function htmlSize(path: string): number {
  return readdirSync(path, { recursive: true }).map(String).filter((name) => name.endsWith('.html') && !name.startsWith('pagefind'))
    .reduce((sum, name) => sum + statSync(join(path, name)).size, 0);
}
