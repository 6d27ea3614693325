import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/** A static server over a built site, on an ephemeral loopback port. */
export interface SiteServer {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** Stop serving. */
  close: () => Promise<void>;
}

/** Serve `root` (default `dist/`) on 127.0.0.1 for browser tests, under `base` (default `/`). */
export async function serveSite(root = 'dist', base = '/'): Promise<SiteServer> {
  const handler = sirv(root, { dev: true, etag: false });
  const notFound = (response: import('node:http').ServerResponse) => {
    response.statusCode = 404;
    response.end('not found');
  };
  const server: Server = createServer((request, response) => {
    if (!request.url?.startsWith(base)) return notFound(response);
    request.url = '/' + request.url.slice(base.length);
    handler(request, response, () => notFound(response));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
