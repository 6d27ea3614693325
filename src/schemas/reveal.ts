import { z } from 'zod';

/**
 * The reveal.js options a course (`reveal:` in course.yaml) or a lecture
 * (`reveal:` in its frontmatter) may set. A subset on purpose: options that
 * would break the 16:9 frame, the URLs or the speaker view are not offered.
 */
export const revealOptionsSchema = z.strictObject({
  /** Slide transition style. */
  transition: z.enum(['none', 'fade', 'slide', 'convex', 'concave', 'zoom']).optional(),
  /** Transition speed. */
  transitionSpeed: z.enum(['default', 'fast', 'slow']).optional(),
  /** Transition of full-slide backgrounds. */
  backgroundTransition: z.enum(['none', 'fade', 'slide', 'convex', 'concave', 'zoom']).optional(),
  /** Show the navigation arrows. */
  controls: z.boolean().optional(),
  /** Show the progress bar. */
  progress: z.boolean().optional(),
  /** Slide number format: `c/t` (current/total), `c`, `h.v`, `h/v`, or false. */
  slideNumber: z.union([z.boolean(), z.enum(['c/t', 'c', 'h.v', 'h/v'])]).optional(),
  /** Centre slide content vertically. */
  center: z.boolean().optional(),
  /** Loop back to the first slide after the last. */
  loop: z.boolean().optional(),
  /** Below this viewport width (px) the deck turns into a scrollable page. */
  scrollActivationWidth: z.number().int().nonnegative().optional(),
  /** Auto-advance every N milliseconds (0 = off). */
  autoSlide: z.number().int().nonnegative().optional(),
  /** Show the buttons of the presenting tools (menu, pen, pointer) in the corner; their keys work either way (default true). */
  toolButtons: z.boolean().optional(),
});

/** Validated reveal.js overrides. */
export type RevealOptions = z.infer<typeof revealOptionsSchema>;
