import { mkdirSync, watch } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration } from 'astro';
import { compiledDir, readLecture, readStatus, statusVersion } from '../collection/compiled-store.ts';
import { buildSearchIndex } from './search-index.ts';

/** Options of the build steps. */
export interface BuildOptions {
  /** BCP 47 language of the course, for the search index's word stemming. */
  language: string;
}

/** Seconds since `started`, for the phase lines the benchmark reads. */
const since = (started: number) => ((performance.now() - started) / 1000).toFixed(2);

/** Index the built site for search, from the compiled lectures the loader stored. */
async function indexSite(config: AstroConfig, outDir: URL, language: string): Promise<string> {
  const dir = compiledDir(config.cacheDir, false);
  const lectures = (readStatus(dir)?.lectures ?? []).filter((lecture) => lecture.published).map((lecture) => ({
    label: lecture.label,
    deckUrl: `${config.base.replace(/\/?$/, '/')}slides/${lecture.id}/`,
    slides: readLecture(dir, lecture.id)?.slides ?? [],
  }));
  const { notes, slides } = await buildSearchIndex(fileURLToPath(outDir), lectures, language);
  return `indexed ${notes} notes pages and ${slides} slides`;
}

/**
 * The site's own build steps around Astro: in `astro dev`, refresh the page
 * as soon as the loader has compiled a change (Astro's content store saves
 * half a second later; see src/client/dev-refresh.ts), or as soon as a page
 * made before the last compile connects; after a build, the search index.
 */
export function lectureSiteBuild({ language }: BuildOptions): AstroIntegration {
  let config: AstroConfig;
  return {
    name: 'lecture-site-build',
    hooks: {
      'astro:config:setup': ({ command, injectScript }) => {
        if (command === 'dev') injectScript('page', "import '/src/client/dev-refresh.ts';");
      },
      'astro:config:done': ({ config: done }) => {
        config = done;
      },
      'astro:server:setup': ({ server }) => {
        const dir = compiledDir(config.cacheDir, true);
        mkdirSync(dir, { recursive: true });
        const hot = server.environments.client.hot;
        const watcher = watch(dir, (_event, name) => {
          if (name === 'status.json') hot.send('lecture-site:compiled', {});
        });
        // A page that was loading while a compile finished missed its event: it says which compile it was made from once connected.
        hot.on('lecture-site:page', (data: { compiled?: string } | undefined, client) => {
          if (data?.compiled !== statusVersion(dir)) client.send('lecture-site:compiled', {});
        });
        server.httpServer?.once('close', () => watcher.close());
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        logger.info(`search: ${await indexSite(config, dir, language)}`);
        console.log(`phase: search ${since(started)} s`);
      },
    },
  };
}
