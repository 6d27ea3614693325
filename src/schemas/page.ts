import { z } from 'zod';

/**
 * Frontmatter of a course page (`pages/slug.md`: syllabus, resources, learning outcomes, FAQ): a page
 * of the site and of the search, in the navigation and the course book, with no deck and no number.
 * Unknown keys are an error, as in a lecture.
 */
export const pageSchema = z.strictObject({
  /** The page's title: its heading, its link in the navigation and its search results. */
  title: z.string().min(1),
  /** Where it stands among the course pages (lower first; pages without one follow, by title). */
  order: z.number().int().optional(),
  /** One line for the home page and the page's metadata. */
  description: z.string().min(1).optional(),
  /** A draft is not built. */
  draft: z.boolean().default(false),
});

/** A course page's validated frontmatter. */
export type PageData = z.infer<typeof pageSchema>;
