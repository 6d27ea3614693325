import { defineMiddleware } from 'astro:middleware';
import { settledCompiledVersion } from './lectures.ts';

/**
 * `astro dev` only: note which compile a page is made from before the page
 * reads any of it. Read later (in the `<head>`), a compile that finished
 * meanwhile would be claimed by a page showing the one before, and
 * src/client/dev-refresh.ts would never fetch it again.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  context.locals.compiledVersion = await settledCompiledVersion();
  return next();
});
