import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, parseDocument } from 'yaml';
import { courseFiles } from '../../course-files/content-dir.ts';
import { fileSlug } from '../../model/file-slug.ts';
import { CONTENT_FLAG, UsageError, type Command } from '../command.ts';
import { courseFolder } from '../course-folder.ts';

/** The course `new course` writes: a course.yaml with comments, one lecture, a bibliography. */
const TEMPLATE = fileURLToPath(new URL('../templates/course/', import.meta.url));

/** A lecture file's number, from its name (`03-data.md` is 3). */
const numberOf = (name: string) => Number(/^(\d+)-/.exec(name)?.[1] ?? 0);

/** `new course DIR`: a course that builds at once, in a folder that is new or empty. */
function newCourse(dir: string, flags: Record<string, unknown>): string {
  if (existsSync(dir) && readdirSync(dir).length > 0) throw new UsageError(`${dir} is not empty: name a new folder for the course`);
  mkdirSync(dir, { recursive: true });
  cpSync(TEMPLATE, dir, { recursive: true });
  renameSync(join(dir, 'gitignore'), join(dir, '.gitignore'));
  const config = courseFiles(dir).course;
  // Through the YAML library, so a title with quotes or colons stays data and the comments stay.
  const document = parseDocument(readFileSync(config, 'utf8'));
  if (typeof flags.title === 'string') document.set('title', flags.title);
  if (typeof flags.lecturer === 'string') document.setIn(['lecturers', 0, 'name'], flags.lecturer);
  writeFileSync(config, document.toString());
  return `new course in ${dir}: build it with \`lecture-site build --content ${dir}\` (or run lecture-site inside it)`;
}

/** `new lecture "Title"`: the next lecture file of the course, numbered after the last one. */
function newLecture(contentDir: string, title: string): string {
  const dir = courseFiles(contentDir).lectures;
  mkdirSync(dir, { recursive: true });
  const number = Math.max(0, ...readdirSync(dir).map(numberOf)) + 1;
  const path = join(dir, `${String(number).padStart(2, '0')}-${fileSlug(title)}.md`);
  const frontmatter = new Document({ title, number }).toString();
  writeFileSync(path, `---\n${frontmatter}---\n\n## ${title}\n\nThe first slide.\n\n:::notes\nWhat to say about it.\n:::\n`, { flag: 'wx' });
  return `new lecture ${path}`;
}

/** `lecture-site new course DIR` and `lecture-site new lecture "Title"`. */
export const newCommand: Command = {
  name: 'new',
  summary: 'Start a course (`new course DIR`) or add its next lecture (`new lecture "Title"`).',
  arguments: 'course DIR | lecture "Title"',
  takes: { min: 2, max: 2 },
  flags: {
    content: { ...CONTENT_FLAG, description: `with \`new lecture\`: ${CONTENT_FLAG.description}` },
    title: { type: 'string', value: 'TEXT', description: 'with `new course`: the course title' },
    lecturer: { type: 'string', value: 'NAME', description: 'with `new course`: the lecturer\'s name' },
  },
  details: 'A new course has a course.yaml (every key explained), a first lecture showing slides, speaker notes, maths, code, '
    + 'a citation and a figure, and a references.bib. A new lecture takes the number after the course\'s last one.',
  async run({ flags, positionals: [what, argument] }) {
    if (what === 'course') console.log(newCourse(argument!, flags));
    else if (what === 'lecture') console.log(newLecture(courseFolder(flags.content), argument!));
    else throw new UsageError(`new makes a course or a lecture, not "${what}": lecture-site new course DIR, or lecture-site new lecture "Title"`);
    return 0;
  },
};
