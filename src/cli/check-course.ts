import { compiledDir, COURSE_COMPILER, courseDigest, knownResult, reuseStoredTexts, writeCheck } from '../collection/compiled-store.ts';
import { pipelineDigest } from '../collection/pipeline-digest.ts';
import { CACHE_DIR } from '../course-files/content-dir.ts';
import { readCourseFolder } from '../course-files/read-course.ts';
import type { Diagnostic } from '../model/diagnostic.ts';

/**
 * Every problem of a course folder, as `lecture-site check` reports them: the
 * folder is read (diagrams drawn, image facts read), and compiled only when
 * neither the last build nor the last check compiled it as it is now, with
 * the same code. citeproc's texts from the last build are reused.
 */
export async function compiledCourseProblems(contentDir: string, cacheDir = CACHE_DIR): Promise<Diagnostic[]> {
  const dir = compiledDir(cacheDir, false);
  const folder = await readCourseFolder({ contentDir, cacheDir });
  const source = courseDigest(folder, pipelineDigest(COURSE_COMPILER));
  const known = knownResult(dir, source);
  if (known) return known;
  reuseStoredTexts(dir, pipelineDigest());
  // The compiler (remark, rehype, KaTeX, Shiki) is loaded only when there is something to compile.
  const { compileCourse } = await import('../compile/compile-course.ts');
  const compiled = folder.context ? await compileCourse(folder.sources, folder.context) : undefined;
  const diagnostics = [...folder.diagnostics, ...(compiled?.diagnostics ?? [])];
  writeCheck(dir, { source, diagnostics });
  return diagnostics;
}
