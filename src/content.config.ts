import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { LECTURES_DIR } from './lib/content-dir.ts';
import { reusingCheckRenders } from './lib/render-handoff.ts';
import { lectureSchema } from './schemas/lecture.ts';

/** Lectures: `content/lectures/NN-slug.md`; the id (used in URLs) is the file name. */
const lectures = defineCollection({
  // In `npm run build` the check has rendered every lecture already: reuse those renders.
  loader: reusingCheckRenders(glob({
    pattern: '*.md',
    base: LECTURES_DIR,
    generateId: ({ entry }) => entry.replace(/\.md$/, ''),
    // The pages use the rendered lecture only; the Markdown would double the content store.
    retainBody: false,
  })),
  schema: lectureSchema,
});

export const collections = { lectures };
