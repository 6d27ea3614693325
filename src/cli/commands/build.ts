import { isAbsolute, relative, resolve } from 'node:path';
import { failureReason } from '../../build/failure-reason.ts';
import { PROJECT_ROOT } from '../../course-files/content-dir.ts';
import { CONTENT_FLAG, type Command } from '../command.ts';
import { courseFolder } from '../course-folder.ts';
import { runExecute } from './execute.ts';
import { reportPhase } from '../../terminal/phase-timing.ts';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * `lecture-site build`: the site with Astro. The output folder is replaced
 * only when every phase (pages, search index) succeeded, so it is always the
 * previous site or the new one, and one build runs at a time
 * (src/build/staged-output.ts). The lecture loader stops the build at any
 * content error, naming its file:line.
 */
export const buildCommand: Command = {
  name: 'build',
  summary: 'Check the course and build its site: slide decks, reading notes, search.',
  flags: {
    content: CONTENT_FLAG,
    out: { type: 'string', value: 'DIR', description: 'where the site goes (default: dist/); replaced only by a complete build' },
    strict: { type: 'boolean', description: 'fail on warnings too' },
    execute: { type: 'boolean', description: 'first run the code cells whose outputs are missing or stale (as `lecture-site execute`)' },
    'private-notes': { type: 'boolean', description: 'leave the speaker notes out of the site: decks, notes pages, search (for a public site)' },
  },
  details: 'A content error stops the build before any page is written, with every problem at its file:line; the previous site stays.',
  async run({ flags }) {
    let contentDir = courseFolder(flags.content);
    const outDir = resolve(typeof flags.out === 'string' ? flags.out : 'dist');
    const below = relative(process.cwd(), outDir);
    const shownOut = below.startsWith('..') || isAbsolute(below) ? outDir : below || '.';
    // Astro writes its page bundles in the folder it runs in, and they must find the packages installed with this one.
    if (relative(PROJECT_ROOT, process.cwd()).startsWith('..')) {
      contentDir = resolve(contentDir);
      process.chdir(PROJECT_ROOT);
    }
    /** The one line a failed build ends with; the previous site stays as it was. */
    const failed = (reason: string) => console.error(`build failed: ${reason} (${outDir} is unchanged)`);
    // Astro takes a moment to load: an interruption before anything is written still says what happened.
    const early = (signal: NodeJS.Signals) => {
      failed(`interrupted (${signal})`);
      process.exit(130);
    };
    for (const signal of SIGNALS) process.on(signal, early);
    if (flags.execute && await runExecute({ contentDir, reportSkipped: false, strict: Boolean(flags.strict) }) !== 0) {
      failed('a code cell could not run');
      return 1;
    }
    process.env.ASTRO_TELEMETRY_DISABLED = '1';
    const { build } = await import('astro');
    const { stagedOutput } = await import('../../build/staged-output.ts');
    const { courseAstroConfig } = await import('../../integration/astro-config.ts');
    for (const signal of SIGNALS) process.off(signal, early);
    try {
      const started = performance.now();
      // Astro writes into a staging folder inside node_modules here, so its bundles resolve packages from there whatever the output folder is.
      await stagedOutput('lecture-site build', outDir,
        (staging) => build(courseAstroConfig({ contentDir, strict: Boolean(flags.strict), privateNotes: Boolean(flags['private-notes']), outDir: staging })),
        (signal) => failed(`interrupted (${signal})`));
      reportPhase('astro', started);
      // The pages link to PDFs that only the pdf command prints, after a build.
      console.log(`The site is in ${shownOut}/. Next: \`lecture-site preview\` serves it; \`lecture-site pdf\` prints the PDFs its pages link to.`);
      return 0;
    } catch (error) {
      failed(failureReason(error));
      return 1;
    }
  },
};
