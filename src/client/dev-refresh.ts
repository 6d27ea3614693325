/**
 * `npm run dev` only: when the lecture loader has compiled a change, a notes
 * or other reading page takes the new `<main>` from the server in place
 * (keeping its scroll position); a deck, or a page that now fails (the error
 * overlay), is reloaded — at the same slide, which is in the URL. A page
 * still loading when a compile finished is told so when it connects.
 */
import { isCourseErrorHint } from '../model/course-error.ts';

const VERSION = 'meta[name="lecture-site-compiled"]';

/** The page as the server renders it now, once it is made from `version` (or the last try's, after about five seconds). */
async function fetchPage(version: string | undefined): Promise<Document | undefined> {
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(location.href, { cache: 'no-store' });
    if (!response.ok) return undefined;
    const next = new DOMParser().parseFromString(await response.text(), 'text/html');
    if (next.querySelector<HTMLMetaElement>(VERSION)?.content === version || attempt >= 20) return next;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function refresh(version: string | undefined): Promise<void> {
  const current = document.querySelector('main');
  if (!current || document.querySelector('.reveal')) return location.reload();
  const next = (await fetchPage(version))?.querySelector('main');
  if (!next) return location.reload();
  current.replaceWith(document.adoptNode(next));
  document.querySelector<HTMLMetaElement>(VERSION)?.setAttribute('content', version ?? '');
}

import.meta.hot?.on('lecture-site:compiled', (data?: { version?: string }) => void refresh(data?.version).catch(() => location.reload()));
// An overlay of course errors that no longer stand (Vite keeps an error for the next page to connect) is taken away.
import.meta.hot?.on('vite:error', (payload) => {
  if (isCourseErrorHint((payload.err as { hint?: unknown }).hint)) import.meta.hot?.send('lecture-site:errors?', {});
});
import.meta.hot?.on('lecture-site:errors', (data?: { failing?: boolean }) => {
  if (!data?.failing) for (const overlay of document.querySelectorAll('vite-error-overlay')) overlay.remove();
});
// Sent once the socket is open: the server answers with the event above if this page is older than the last compile.
import.meta.hot?.send('lecture-site:page', { compiled: document.querySelector<HTMLMetaElement>(VERSION)?.content });
