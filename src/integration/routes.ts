import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { InjectedRoute } from 'astro';
import { courseFiles } from '../course-files/content-dir.ts';

/** A page of the site: its URL pattern and the file under src/routes/ that makes it. */
const PAGES: readonly [pattern: string, file: string][] = [
  ['/', 'index.astro'],
  ['/notes/[lecture]', 'notes/[lecture].astro'],
  ['/slides/[lecture]', 'slides/[lecture].astro'],
  ['/references', 'references.astro'],
  ['/course.json', 'course.json.ts'],
  ['/notebooks/[lecture].ipynb', 'notebooks/[lecture].ipynb.ts'],
  ['/styles/[lecture].css', 'styles/[lecture].css.ts'],
  ['/[page]', 'page.astro'],
];

/**
 * Every route of a course's site, for `injectRoute`: the pages live in the
 * package, so a course folder holds content only. The package's favicon is
 * served only where the course has none of its own in `public/`.
 */
export function siteRoutes(contentDir: string): InjectedRoute[] {
  const routes = PAGES.map(([pattern, file]) => ({ pattern, entrypoint: new URL(`../routes/${file}`, import.meta.url), prerender: true }));
  if (!existsSync(join(courseFiles(contentDir).public, 'favicon.svg'))) {
    routes.push({ pattern: '/favicon.svg', entrypoint: new URL('../routes/favicon.svg.ts', import.meta.url), prerender: true });
  }
  return routes;
}
