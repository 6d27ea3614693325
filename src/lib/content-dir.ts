import { join } from 'node:path';

/**
 * The folder holding a course's content (`course.yaml`, `lectures/`). A second
 * course is a copy of this folder; `CONTENT_DIR` builds another one (tests and
 * the benchmark use it).
 */
export const CONTENT_DIR = process.env.CONTENT_DIR ?? 'content';

/** Folder of the lecture files. */
export const LECTURES_DIR = join(CONTENT_DIR, 'lectures');

/** The course configuration file. */
export const COURSE_FILE = join(CONTENT_DIR, 'course.yaml');
