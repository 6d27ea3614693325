import { UsageError, type Command } from '../command.ts';

/**
 * `lecture-site import <folder>`: a Jupyter Book or Quarto project read into a course folder (src/import/),
 * with everything not carried over listed at its file:line.
 */
export const importCommand: Command = {
  name: 'import',
  summary: 'Bring a Jupyter Book or Quarto project across into a course folder, listing what is not carried over.',
  arguments: '<project folder>',
  takes: { min: 1, max: 1 },
  flags: {
    out: { type: 'string', value: 'DIR', description: 'the course folder to write (default: content/)' },
    force: { type: 'boolean', description: 'replace a course folder that already holds files' },
  },
  details: 'Reads _toc.yml and _config.yml (Jupyter Book) or _quarto.yml (Quarto). The course folder is written whole or not at all.',
  async run({ flags, positionals: [from] }) {
    const { existsSync } = await import('node:fs');
    if (!existsSync(from!)) throw new UsageError(`there is no folder ${from} to import`);
    const { formatImportResult, importCourse } = await import('../../import/index.ts');
    const result = await importCourse({ from: from!, out: typeof flags.out === 'string' ? flags.out : 'content', force: Boolean(flags.force) });
    console.log(formatImportResult(result));
    return result.files.length > 0 ? 0 : 1;
  },
};
