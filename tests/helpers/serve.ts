/** Tests serve the built site the way `npm run pdf` does. */
export { serveSite, type SiteServer } from '../../src/build/serve.ts';
