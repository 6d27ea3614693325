/**
 * The benchmark's floor: every lecture of a content folder through the
 * compile core (the remark/rehype + KaTeX + Shiki pipeline) in one plain Node
 * process, with no Astro and no bundling. Prints the number of slides compiled.
 */
import { compileCourse } from '../../src/compile/compile-course.ts';
import { readCourseFolder } from '../../src/course-files/read-course.ts';

const folder = await readCourseFolder({ contentDir: process.argv[2] ?? 'content' });
if (!folder.context) throw new Error('the course.yaml of the benchmark course is invalid');
const { lectures } = await compileCourse(folder.sources, folder.context);
console.log(`floor: compiled ${lectures.reduce((sum, lecture) => sum + lecture.slides.length, 0)} slides`);
