// Not from `astro:content`: importing that here makes Astro's content sync load its whole server runtime (0.2 s a build).
import { defineCollection } from 'astro/content/config';
import { contentDir, strict } from 'virtual:lecture-site/config';
import { z } from 'zod';
import { lectureLoader } from './collection/lecture-loader.ts';
import { lectureSchema } from './schemas/lecture.ts';

/**
 * Lectures: `<course>/lectures/NN-slug.md` (or `.qmd`, `.ipynb`), compiled by the
 * core; the id (used in URLs) is the file name. Besides the frontmatter, an
 * entry holds the images its compile shows from the course folder, as Astro
 * image metadata. The course folder and `--strict` come from the command
 * (src/integration/virtual-modules.ts).
 */
const lectures = defineCollection({
  loader: lectureLoader({ contentDir, strict }),
  schema: ({ image }) => lectureSchema.extend({ images: z.array(image()).default([]) }),
});

export const collections = { lectures };
