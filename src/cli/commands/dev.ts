import { CONTENT_FLAG, type Command } from '../command.ts';
import { courseFolder } from '../course-folder.ts';
import { SERVE_FLAGS, serverSettings } from './serve-flags.ts';

/** Resolves when the process is asked to stop (Ctrl-C, or a signal). */
const stopRequested = () => new Promise<void>((resolve) => {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => resolve());
});

/**
 * `lecture-site dev`: Astro's dev server on the course; a saved change is
 * compiled and the open page refreshes (README: How it works).
 */
export const devCommand: Command = {
  name: 'dev',
  summary: 'Serve the course while you write it: every save is checked and the open page refreshes.',
  flags: { content: CONTENT_FLAG, ...SERVE_FLAGS },
  details: 'Problems are printed in the terminal and shown over the page, at their file:line, until the file is fixed and saved. '
    + 'A saved course.yaml takes effect at once, except `base` and `site`, which need a new start.',
  async run({ flags }) {
    const contentDir = courseFolder(flags.content);
    const server = serverSettings(flags);
    process.env.ASTRO_TELEMETRY_DISABLED = '1';
    const { dev } = await import('astro');
    const { courseAstroConfig } = await import('../../integration/astro-config.ts');
    const running = await dev({ ...courseAstroConfig({ contentDir }), server });
    await stopRequested();
    await running.stop();
    return 0;
  },
};
