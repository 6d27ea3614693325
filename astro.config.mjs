// @ts-check
// This repository's own course as an Astro project (Astro's CLI and editor tools read it). `npm run build`
// and the lecture-site command build the same site from the same settings (src/integration/astro-config.ts).
import { defineConfig } from 'astro/config';
import { siteConfig } from './src/integration/astro-config.ts';

export default defineConfig(siteConfig({ contentDir: 'content' }));
