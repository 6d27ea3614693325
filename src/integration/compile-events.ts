import { mkdirSync, watch } from 'node:fs';
import type { HookParameters } from 'astro';
import { takeErrorPageServed } from '../collection/compile-in-progress.ts';
import { readStatus, statusVersion } from '../collection/compiled-store.ts';

/** Astro's dev server, as its hooks hand it over. */
type ViteDevServer = HookParameters<'astro:server:setup'>['server'];

/** How long after connecting a page that has not said which compile it shows is taken for Astro's error page. */
const ERROR_PAGE_SILENCE_MS = 1000;

const hasErrors = (dir: string) => readStatus(dir)?.diagnostics.some((diagnostic) => diagnostic.severity === 'error') ?? false;

/**
 * In `astro dev`, tell the open pages when the lecture loader has written a
 * compile (src/client/dev-refresh.ts takes it in place). A compile that
 * starts or ends a failure reloads every page instead: Astro's error page
 * runs none of the site's scripts, only Vite's client, which reloads on
 * `full-reload`.
 */
export function announceCompiles(server: ViteDevServer, dir: string): void {
  mkdirSync(dir, { recursive: true });
  const hot = server.environments.client.hot;
  let failing = hasErrors(dir);
  const watcher = watch(dir, (_event, name) => {
    if (name !== 'status.json') return;
    const version = statusVersion(dir);
    const failsNow = hasErrors(dir);
    if (failsNow !== failing) hot.send({ type: 'full-reload' });
    else hot.send('lecture-site:compiled', { version });
    failing = failsNow;
  });
  // A page that was loading while a compile finished missed its event: it says which compile it was made from once connected.
  const greeted = new WeakSet<object>();
  hot.on('lecture-site:page', (data: { compiled?: string } | undefined, client) => {
    greeted.add(client);
    const version = statusVersion(dir);
    if (data?.compiled !== version) client.send('lecture-site:compiled', { version });
  });
  // Astro's error page says nothing (it runs only Vite's client): one that connected too late for the reload of a fix is reloaded now.
  const gone = new WeakSet<object>();
  hot.on('vite:client:disconnect', (_data, client) => gone.add(client));
  hot.on('vite:client:connect', (_data, client) => {
    setTimeout(() => {
      if (!greeted.has(client) && !gone.has(client) && !hasErrors(dir) && takeErrorPageServed(dir)) client.send({ type: 'full-reload', path: '*' });
    }, ERROR_PAGE_SILENCE_MS);
  });
  // Vite hands an error sent while no page was connected to the next page that connects: a page asks whether it still stands.
  hot.on('lecture-site:errors?', (_data, client) => client.send('lecture-site:errors', { failing: hasErrors(dir) }));
  server.httpServer?.once('close', () => watcher.close());
}
