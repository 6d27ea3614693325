import { dirname, resolve } from 'node:path';
import { lectureCodeCells } from '../compile/lecture-code-cells.ts';
import { isNotebookPath } from '../compile/lecture-markdown.ts';
import { parseLecture } from '../compile/parse-lecture.ts';
import { readCourseFolder } from '../course-files/read-course.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import { lectureIdOf } from '../model/lecture.ts';
import { freezePath } from '../course-files/freeze-file.ts';
import { runCells, type ExecuteDiagnostic } from './run-cells.ts';

/** What to run. */
export interface ExecuteCourseOptions {
  /** The course folder. */
  contentDir: string;
  /** Run every cell, frozen or not. */
  force?: boolean;
  /** Only these lectures (ids, e.g. `02-ml-basics`); default all. */
  lectures?: readonly string[];
  /** Python interpreter (default PYTHON, else /usr/bin/python3). */
  python?: string;
  /** Hears of each lecture done, of all it looks at. */
  progress?: (done: number, total: number) => void;
}

/** What running one lecture's cells did. */
export interface LectureExecution {
  id: string;
  /** Its Python cells. */
  cells: number;
  /** Whether a kernel ran (false: everything came from the freeze). */
  ranKernel: boolean;
  /** Whether its freeze file was (re)written. */
  wroteFreeze: boolean;
  seconds: number;
  /** A notebook not run because course.yaml says `execute: { notebooks: off }`: it shows the outputs saved in it. */
  storedOutputsOnly?: boolean;
}

/** What running a course's cells did, and every problem (cells that raised or timed out, Python missing). */
export interface CourseExecution {
  lectures: LectureExecution[];
  diagnostics: ExecuteDiagnostic[];
  /** Problems of lectures whose cells could not be found for sure (they were not run); the compile reports them too. */
  skipped: Diagnostic[];
  /** Lecture ids asked for (`options.lectures`) that the course does not have; nothing is run then. */
  notFound: string[];
  /** The ids of the course's lectures, to name the one meant. */
  lectureIds: string[];
}

/**
 * `npm run execute`: run the code cells of every lecture whose outputs are missing from its freeze
 * file or stale (all with `force`), one Jupyter kernel per lecture, in the lecture's folder, and
 * write the freeze files (only after a run without errors). Lectures without Python cells, or whose
 * cells are all frozen, need no Python; with `execute: { notebooks: off }` in course.yaml, notebook
 * lectures are not run at all (Jupyter Book's `execute_notebooks: off`).
 */
export async function executeCourse(options: ExecuteCourseOptions): Promise<CourseExecution> {
  const { contentDir } = options;
  const folder = await readCourseFolder({ contentDir });
  const bibliography = folder.context?.citations.bibliography.path;
  // Course pages show their cells as code: only lectures run theirs.
  const lectureSources = folder.sources.filter((source) => source.kind !== 'page');
  const lectureIds = lectureSources.map((source) => lectureIdOf(source.path));
  const notFound = options.lectures?.filter((id) => !lectureIds.includes(id)) ?? [];
  const result: CourseExecution = { lectures: [], diagnostics: [], skipped: [], notFound, lectureIds };
  if (notFound.length > 0) return result;
  // A broken freeze file is reported by runCells, at its line, for the lecture it belongs to.
  result.skipped.push(...folder.diagnostics.filter((diagnostic) => diagnostic.ruleId !== 'freeze-invalid'));
  const chosen = lectureSources.filter((_, index) => !options.lectures || options.lectures.includes(lectureIds[index]!));
  const notebooksOff = folder.context?.course.execute.notebooks === 'off';
  for (const [index, source] of chosen.entries()) {
    options.progress?.(index, chosen.length);
    const id = lectureIdOf(source.path);
    if (notebooksOff && isNotebookPath(source.path)) {
      result.lectures.push({ id, cells: 0, ranKernel: false, wroteFreeze: false, seconds: 0, storedOutputsOnly: true });
      continue;
    }
    const lecture = parseLecture(source, bibliography ? { bibliography } : {});
    const found = lectureCodeCells(lecture);
    if (found.problems.length > 0) {
      result.skipped.push(...found.problems);
      continue;
    }
    if (found.cells.length === 0) continue;
    const started = performance.now();
    const run = await runCells({
      cells: found.cells,
      path: source.path,
      cwd: resolve(dirname(source.path)),
      freezePath: freezePath(contentDir, id),
      ...(lecture.stored ? { storedOutputs: lecture.stored } : {}),
      ...(options.force ? { force: true } : {}),
      ...(found.timeoutMs ? { timeoutMs: found.timeoutMs } : {}),
      ...(options.python ? { python: options.python } : {}),
    });
    // A broken freeze file is located in itself; everything else in the lecture (a notebook's own lines).
    result.diagnostics.push(...run.diagnostics.map((diagnostic) => (diagnostic.path === source.path ? lecture.locate(diagnostic) : diagnostic)));
    result.lectures.push({
      id,
      cells: found.cells.length,
      ranKernel: run.ranKernel,
      wroteFreeze: run.wroteFreeze,
      seconds: (performance.now() - started) / 1000,
    });
  }
  return result;
}
