const FIX = 'Fix these and save';

/**
 * The hint under the course's problems in Astro's error overlay in `astro dev`:
 * src/collection/lectures.ts writes it, src/client/dev-refresh.ts recognises
 * the overlay by it.
 */
export const COURSE_ERROR_HINT = `${FIX}; \`npm run check\` lists every problem of the course.`;

/** Whether an overlay's hint is COURSE_ERROR_HINT (its Markdown may have become HTML on the way). */
export const isCourseErrorHint = (hint: unknown): boolean => String(hint ?? '').startsWith(FIX);
