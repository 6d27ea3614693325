import { AstroError } from 'astro/errors';

/**
 * An error about the course content for Astro to show, in the terminal and in
 * the dev overlay, without a stack: where in our code it was noticed means
 * nothing to a lecturer (Astro prints no stack for an error that has none).
 */
export function contentError(message: string, hint: string): AstroError {
  const error = new AstroError(message, hint);
  error.stack = '';
  return error;
}
