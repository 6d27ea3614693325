/** What the pipeline knows of the lecture file being compiled, besides its text (`file.data`). */
import type { LectureData } from '../schemas/lecture.ts';

declare module 'vfile' {
  interface DataMap {
    /** The lecture's validated frontmatter, when valid (plugins read per-lecture options such as `incremental`). */
    lectureData: LectureData;
    /** `page` for a course page (no deck: no slide rules, no links to slides); a lecture's is unset. */
    documentKind: 'page';
  }
}
