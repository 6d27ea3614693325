/** `/favicon.svg`: the package's own icon, for a course whose `public/` has none (src/integration/routes.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { packagePublicDir } from 'virtual:lecture-site/config';

export const GET: APIRoute = () =>
  new Response(readFileSync(join(packagePublicDir, 'favicon.svg')), { headers: { 'Content-Type': 'image/svg+xml' } });
