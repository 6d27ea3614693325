/**
 * `npm run dev` only: when the lecture loader has compiled a change, a notes
 * or other reading page takes the new `<main>` from the server in place
 * (keeping its scroll position); a deck, or a page that now fails (the error
 * overlay), is reloaded — at the same slide, which is in the URL. A page
 * still loading when a compile finished is told so when it connects.
 */
async function refresh(): Promise<void> {
  const current = document.querySelector('main');
  if (!current || document.querySelector('.reveal')) return location.reload();
  const response = await fetch(location.href, { cache: 'no-store' });
  const next = response.ok ? new DOMParser().parseFromString(await response.text(), 'text/html').querySelector('main') : null;
  if (!next) return location.reload();
  current.replaceWith(document.adoptNode(next));
}

import.meta.hot?.on('lecture-site:compiled', () => void refresh().catch(() => location.reload()));
// Sent once the socket is open: the server answers with the event above if this page is older than the last compile.
import.meta.hot?.send('lecture-site:page', { compiled: document.querySelector<HTMLMetaElement>('meta[name="lecture-site-compiled"]')?.content });
