import { progressLine, type Progress } from '../../terminal/progress.ts';
import { didYouMean } from '../args.ts';
import { CONTENT_FLAG, UsageError, type Command } from '../command.ts';
import { courseFolder } from '../course-folder.ts';

/** What to run, and whether to print the problems of lectures that were not run (a check or build prints them itself). */
interface ExecuteRequest {
  contentDir: string;
  force?: boolean;
  lectures?: string[];
  reportSkipped: boolean;
  /** Warnings (a cell that raised, shell and magic lines not run) fail the run too. */
  strict?: boolean;
}

/** Run the code cells (the kernel runner loads only now); the exit code: 0 when nothing failed (with `strict`, nothing warned). */
export async function runExecute({ contentDir, force = false, lectures, reportSkipped, strict = false }: ExecuteRequest): Promise<number> {
  const { executeCourse } = await import('../../execute/execute-course.ts');
  const { reportExecution } = await import('../../execute/report-execution.ts');
  let progress: Progress | undefined;
  const run = await executeCourse({
    contentDir, force, ...(lectures && lectures.length > 0 ? { lectures } : {}),
    progress: (done, total) => (progress ??= progressLine('running the lectures\' cells', total)).advance(done),
  }).finally(() => progress?.finish());
  const [unknown] = run.notFound;
  if (unknown !== undefined) {
    throw new UsageError(`execute: the course has no lecture ${unknown}${didYouMean(unknown, run.lectureIds)}; its lectures: ${run.lectureIds.join(', ') || 'none yet'}`);
  }
  return reportExecution(run, { skipped: reportSkipped, strict }) ? 0 : 1;
}

/**
 * `lecture-site execute`: run the Python cells of the course's lectures in a Jupyter kernel (one per
 * lecture) where their outputs are missing or stale in `_freeze/`, and write the freeze files the
 * build reads.
 */
export const executeCommand: Command = {
  name: 'execute',
  summary: 'Run the code cells whose outputs are missing or stale, and freeze their outputs into _freeze/.',
  arguments: '[lecture ids…]',
  takes: { min: 0, max: Number.POSITIVE_INFINITY },
  flags: {
    content: CONTENT_FLAG,
    force: { type: 'boolean', description: 'run every cell again, frozen or not' },
    strict: { type: 'boolean', description: 'fail on warnings too (a cell that raised, shell and magic lines not run)' },
  },
  details: 'Lecture ids are file names without extension (02-ml-basics); default: every lecture. A cell that raises is a warning: '
    + 'the cells before it and its error are frozen, the cells after it are not run. Needs Python with ipykernel '
    + '(Debian: apt-get install -y python3-ipykernel python3-jupyter-client) or PYTHON set to one that has it.',
  run: ({ flags, positionals }) => runExecute({
    contentDir: courseFolder(flags.content), force: Boolean(flags.force), lectures: positionals, reportSkipped: true, strict: Boolean(flags.strict),
  }),
};
