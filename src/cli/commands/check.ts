import { CONTENT_FLAG, type Command } from '../command.ts';
import { courseFolder } from '../course-folder.ts';
import { runExecute } from './execute.ts';

/**
 * `lecture-site check`: compile every lecture with the same core as the
 * build, without Astro (or take what the last build or check found of the
 * same course, unchanged since), and print every problem as
 * `file:line:col severity what — how to fix [rule]`.
 */
export const checkCommand: Command = {
  name: 'check',
  summary: 'Check the whole course without building: every problem at its file:line, with what to write instead.',
  flags: {
    content: CONTENT_FLAG,
    strict: { type: 'boolean', description: 'fail on warnings too' },
    execute: { type: 'boolean', description: 'first run the code cells whose outputs are missing or stale' },
  },
  details: 'Exits 1 on any error (with --strict, any warning).',
  async run({ flags }) {
    const contentDir = courseFolder(flags.content);
    if (flags.execute && await runExecute({ contentDir, reportSkipped: false, strict: Boolean(flags.strict) }) !== 0) return 1;
    const { compiledCourseProblems } = await import('../check-course.ts');
    const { reportDiagnostics } = await import('../../compile/report.ts');
    return reportDiagnostics(await compiledCourseProblems(contentDir), Boolean(flags.strict)) ? 0 : 1;
  },
};
