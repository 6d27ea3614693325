import { resolve } from 'node:path';
import { CONTENT_FLAG, type Command } from '../command.ts';
import { courseFolder } from '../course-folder.ts';
import { SERVE_FLAGS, serverSettings } from './serve-flags.ts';

/** `lecture-site preview`: serve a built site as a static host would, under the course's base path. */
export const previewCommand: Command = {
  name: 'preview',
  summary: 'Serve the built site (after `lecture-site build`), under the course\'s base path.',
  flags: {
    content: CONTENT_FLAG,
    dist: { type: 'string', value: 'DIR', description: 'the built site (default: dist/)' },
    ...SERVE_FLAGS,
  },
  async run({ flags }) {
    const contentDir = courseFolder(flags.content);
    const server = serverSettings(flags);
    process.env.ASTRO_TELEMETRY_DISABLED = '1';
    const { preview } = await import('astro');
    const { courseAstroConfig } = await import('../../integration/astro-config.ts');
    const outDir = resolve(typeof flags.dist === 'string' ? flags.dist : 'dist');
    const running = await preview({ ...courseAstroConfig({ contentDir, outDir }), server });
    await running.closed();
    return 0;
  },
};
