// Not from `astro:content`: importing that here makes Astro's content sync load its whole server runtime (0.2 s a build).
import { defineCollection } from 'astro/content/config';
import { glob } from 'astro/loaders';
import { LECTURES_DIR } from './lib/content-dir.ts';
import { lectureLoader } from './lib/lecture-loader.ts';
import { lectureSchema } from './schemas/lecture.ts';

/** Lectures: `content/lectures/NN-slug.md`; the id (used in URLs) is the file name. */
const lectures = defineCollection({
  // Renders made by the check are reused, and the HTML is kept beside the store (lecture-loader.ts).
  loader: lectureLoader(glob({
    pattern: '*.md',
    base: LECTURES_DIR,
    generateId: ({ entry }) => entry.replace(/\.md$/, ''),
    // The pages use the rendered lecture only; the Markdown would double the content store.
    retainBody: false,
  })),
  schema: lectureSchema,
});

export const collections = { lectures };
