/**
 * The benchmark's floor: every lecture of a content folder through the same
 * remark/rehype + KaTeX + Shiki pipeline in one plain Node process, with no
 * Astro and no bundling. Prints the number of slides rendered.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { astroEntryOf, createLectureRenderer } from '../../src/markdown/render.ts';

const dir = join(process.argv[2] ?? 'content', 'lectures');
const render = await createLectureRenderer();
let slides = 0;
for (const name of readdirSync(dir).sort()) {
  const entry = astroEntryOf(readFileSync(join(dir, name), 'utf8'))!;
  const { views } = await render(entry.body, { absolutePath: resolve(dir, name), frontmatter: entry.frontmatter });
  slides += views?.slides.length ?? 0;
}
console.log(`floor: rendered ${slides} slides`);
