// Not from `astro:content`: importing that here makes Astro's content sync load its whole server runtime (0.2 s a build).
import { defineCollection } from 'astro/content/config';
import { contentDir, strict } from 'virtual:lecture-site/config';
import { z } from 'zod';
import { lectureLoader } from './collection/lecture-loader.ts';
import { lectureSchema } from './schemas/lecture.ts';
import { pageSchema } from './schemas/page.ts';

/**
 * The course's documents: its lectures (`<course>/lectures/NN-slug.md`, `.qmd`,
 * `.ipynb`) and its pages (`<course>/pages/slug.md`), compiled together by the
 * core (one compile, so links between them are checked); the id (used in URLs)
 * is the file name. Besides the frontmatter, an entry holds the images its
 * compile shows from the course folder, as Astro image metadata. The course
 * folder and `--strict` come from the command (src/integration/virtual-modules.ts).
 */
const documents = defineCollection({
  loader: lectureLoader({ contentDir, strict }),
  schema: ({ image }) => z.discriminatedUnion('kind', [
    lectureSchema.extend({ kind: z.literal('lecture'), images: z.array(image()).default([]) }),
    pageSchema.extend({ kind: z.literal('page'), images: z.array(image()).default([]) }),
  ]),
});

export const collections = { documents };
