import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { query } from './html.ts';

/** Folder of the built site the build and browser tests look at. */
export const DIST = process.env.DIST_DIR ?? 'dist';

/** Raw HTML of a built page, by its site path (`/slides/01-introduction/`). */
export function pageHtml(sitePath: string): string {
  return readFileSync(join(DIST, sitePath, sitePath.endsWith('/') ? 'index.html' : ''), 'utf8');
}

/** A built page parsed for selector queries. */
export function page(sitePath: string) {
  return query(pageHtml(sitePath));
}
