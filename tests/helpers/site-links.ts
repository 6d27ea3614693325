import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { query } from './html.ts';

/** A link that does not resolve inside the built site. */
export interface BrokenLink {
  page: string;
  href: string;
  why: string;
}

/** Every HTML file under a folder, as site paths (`/notes/01-x/`). */
export function sitePages(root: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) pages.push('/' + relative(root, path).replace(/index\.html$/, '').replaceAll('\\', '/'));
    }
  };
  walk(root);
  return pages.sort();
}

/**
 * Check every internal link, asset and anchor of a built site (served under
 * `base`): the target file must exist, and `#id` or reveal.js `#/id` must name
 * an element of the target page. External links are returned, not fetched.
 */
export function checkSiteLinks(root: string, base = '/'): { broken: BrokenLink[]; external: string[]; checked: number } {
  const idsOf = new Map<string, Set<string>>();
  const ids = (file: string) => {
    if (!idsOf.has(file)) {
      const html = readFileSync(file, 'utf8');
      idsOf.set(file, new Set(query(html).all('[id]').map((node) => String(node.properties.id))));
    }
    return idsOf.get(file)!;
  };
  const broken: BrokenLink[] = [];
  const external = new Set<string>();
  let checked = 0;
  for (const page of sitePages(root)) {
    const pageUrl = new URL(base.replace(/\/$/, '') + page, 'http://site.invalid');
    const html = query(readFileSync(join(root, page, page.endsWith('/') ? 'index.html' : ''), 'utf8'));
    const refs = [
      ...html.all('a[href]').map((node) => String(node.properties.href)),
      ...html.all('link[href]').map((node) => String(node.properties.href)),
      ...html.all('script[src], img[src]').map((node) => String(node.properties.src)),
    ];
    for (const href of refs) {
      const url = new URL(href, pageUrl);
      if (url.origin !== 'http://site.invalid') {
        external.add(url.href);
        continue;
      }
      checked += 1;
      if (!url.pathname.startsWith(base)) {
        broken.push({ page, href, why: `outside the base path ${base}` });
        continue;
      }
      const path = decodeURIComponent(url.pathname.slice(base.length));
      let file = join(root, path);
      if (path === '' || path.endsWith('/')) file = join(file, 'index.html');
      if (!existsSync(file)) {
        broken.push({ page, href, why: 'no such file' });
        continue;
      }
      const anchor = decodeURIComponent(url.hash.replace(/^#\/?/, ''));
      if (anchor && file.endsWith('.html') && !ids(file).has(anchor)) {
        broken.push({ page, href, why: `no element with id "${anchor}"` });
      }
    }
  }
  return { broken, external: [...external].sort(), checked };
}
