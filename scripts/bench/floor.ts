/**
 * The benchmark's floor, independent of this project: every lecture of a
 * content folder (its Markdown body, frontmatter stripped) through plain
 * unified + remark-parse + remark-gfm + remark-math + remark-rehype +
 * rehype-katex + Shiki (@shikijs/rehype, the pipeline's two themes) +
 * rehype-stringify, in one plain Node process. It imports nothing from src/,
 * so it does not get slower when the project's compile does.
 * `node scripts/bench/floor.ts [contentDir]` prints the files and HTML bytes made.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import rehypeShiki from '@shikijs/rehype';
import rehypeKatex from 'rehype-katex';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

/** The lecture files a course compiles that are Markdown (notebooks are left out: they are JSON). */
const LECTURE = /\.q?md$/i;
const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n/;

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkMath)
  .use(remarkRehype, { allowDangerousHtml: true })
  // The pipeline's Shiki settings (src/markdown/pipeline.ts); languages loaded as the lectures name them, as Astro's Shiki does.
  .use(rehypeShiki, {
    themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
    defaultColor: false, langs: [], lazy: true, fallbackLanguage: 'text',
  })
  .use(rehypeKatex, { output: 'htmlAndMathml', strict: 'ignore' })
  .use(rehypeStringify, { allowDangerousHtml: true });

const lectures = join(process.argv[2] ?? 'content', 'lectures');
let bytes = 0;
const names = readdirSync(lectures).filter((name) => LECTURE.test(name)).sort();
for (const name of names) {
  const body = readFileSync(join(lectures, name), 'utf8').replace(FRONTMATTER, '');
  bytes += String(await processor.process(body)).length;
}
console.log(`floor: ${names.length} lectures, ${bytes} bytes of HTML`);
