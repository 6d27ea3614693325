import { z } from 'zod';
import { revealOptionsSchema } from './reveal.ts';

const reveal = revealOptionsSchema.shape;

/**
 * Quarto's `format: revealjs:` options this site honours, in Quarto's
 * spelling; each maps to a deck option or a lecture key (src/compile/quarto-frontmatter.ts).
 */
export const quartoRevealSchema = z.strictObject({
  transition: reveal.transition,
  'transition-speed': reveal.transitionSpeed,
  'background-transition': reveal.backgroundTransition,
  controls: reveal.controls,
  progress: reveal.progress,
  'slide-number': reveal.slideNumber,
  center: reveal.center,
  loop: reveal.loop,
  'auto-slide': reveal.autoSlide,
  /** Lists appear item by item. */
  incremental: z.boolean().optional(),
  /** Smaller text on every slide. */
  smaller: z.boolean().optional(),
  /** Slides too tall for the frame scroll. */
  scrollable: z.boolean().optional(),
  /** A line at the foot of every slide. */
  footer: z.string().min(1).optional(),
  /** Drawing is built in; `buttons: false` hides the tools' buttons (a slide's `chalkboard-buttons` shows them again). */
  chalkboard: z.union([z.literal(true), z.strictObject({ buttons: z.boolean().optional() })]).optional(),
});

/** A person in Quarto's `author:`: a name, or a name with affiliations. */
const authorSchema = z.union([
  z.string().min(1),
  z.strictObject({
    name: z.string().min(1),
    affiliation: z.string().min(1).optional(),
    affiliations: z.array(z.string().min(1)).optional(),
  }),
]);

/** Quarto's frontmatter keys a lecture may keep, beside this site's own (see the lecture schema). */
export const quartoKeys = {
  /** Who gives the lecture (a name or a list), shown on the title slide instead of the course's lecturers. */
  author: z.union([authorSchema, z.array(authorSchema).min(1)]).optional(),
  /** A line at the foot of every slide of the deck. */
  footer: z.string().min(1).optional(),
  /** Smaller text on every slide (`{.smaller}` does it for one). */
  smaller: z.boolean().optional(),
  /** Slides too tall for the frame scroll (`{.scrollable}` does it for one). */
  scrollable: z.boolean().optional(),
  /** Quarto's output format: `revealjs`, with its options. */
  format: z.union([z.literal('revealjs'), z.strictObject({ revealjs: z.union([z.literal('default'), quartoRevealSchema]).optional() })]).optional(),
  /** The bibliography file: accepted when it is the course's (`../references.bib`), which is what is used. */
  bibliography: z.string().min(1).optional(),
};
