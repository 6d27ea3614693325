import { z } from 'zod';
import { revealOptionsSchema } from './reveal.ts';

const reveal = revealOptionsSchema.shape;

/** Quarto's slide size, which stands in for whichever of `width:` and `height:` a deck does not give. */
export const QUARTO_SLIDE_SIZE = { width: 1050, height: 700 } as const;

/** Whether a Quarto slide size is landscape, up to 5:2: a shape a slide frame can take. */
function isSlideShape({ width = QUARTO_SLIDE_SIZE.width, height = QUARTO_SLIDE_SIZE.height }: { width?: number; height?: number }): boolean {
  return width >= height && width <= 2.5 * height;
}

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
  /** Quarto's slide width in pixels: with `height:` it gives the deck's shape, the frame staying 1920 pixels wide (src/model/slide-frame.ts). */
  width: z.number().int().positive().optional(),
  /** Quarto's slide height in pixels (see `width`). */
  height: z.number().int().positive().optional(),
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
}).refine(isSlideShape, {
  message: 'width: and height: give the slide\'s shape, which must be landscape up to 5:2 (e.g. width: 1024, height: 768 for 4:3)',
  path: ['height'],
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
