import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DIST } from './dist.ts';

/** A page of the index as Pagefind stores it. */
export interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Every page of a built index, read from Pagefind's fragment files (gzip, after a signature): one page, or a group by hash. */
export function indexedPages(site = DIST): Fragment[] {
  const dir = join(site, 'pagefind', 'fragment');
  return readdirSync(dir).flatMap((name) => {
    const data = JSON.parse(gunzipSync(readFileSync(join(dir, name))).subarray('pagefind_dcd'.length).toString()) as Fragment | Record<string, Fragment>;
    return 'url' in data && typeof data.url === 'string' ? [data as Fragment] : Object.values(data as Record<string, Fragment>);
  });
}
