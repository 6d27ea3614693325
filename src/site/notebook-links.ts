import { lectureIdOf } from '../model/lecture.ts';
import type { Course } from '../schemas/course.ts';

/** Where a notebook lecture can be opened and run online. */
export interface NotebookLinks {
  /** Google Colab, opening the notebook straight from GitHub. */
  colab: string;
  /** Binder, building the repository's environment and opening the notebook in JupyterLab. */
  binder: string;
}

/** What the links read of the course: its repository, branch and where its notebooks are in it. */
type NotebookRepository = Pick<Course, 'repository' | 'branch'> & Partial<Pick<Course, 'notebookPaths'>>;

/**
 * "Open in Colab" and "Launch Binder" links for a notebook at `filePath` (relative to the repository's
 * root) when the course names its GitHub repository; both services read public GitHub repositories.
 * A lecture listed in `notebookPaths` (an imported book's notebook, renamed here) opens the file at
 * its path in the repository instead.
 */
export function notebookLinks(course: NotebookRepository, filePath: string): NotebookLinks | undefined {
  const repository = /^https:\/\/github\.com\/([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(course.repository ?? '');
  if (!repository) return undefined;
  const [, owner, name] = repository;
  const path = (course.notebookPaths?.[lectureIdOf(filePath)] ?? filePath).replace(/^\.\//, '');
  const encodedPath = path.split('/').map(encodeURIComponent).join('/');
  return {
    colab: `https://colab.research.google.com/github/${owner}/${name}/blob/${encodeURIComponent(course.branch)}/${encodedPath}`,
    binder: `https://mybinder.org/v2/gh/${owner}/${name}/${encodeURIComponent(course.branch)}?labpath=${encodeURIComponent(path)}`,
  };
}
