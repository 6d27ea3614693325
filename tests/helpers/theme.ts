import type { BrowserContext } from 'playwright-core';

/** The built-in course themes, as `theme.name` in course.yaml names them. */
export const THEMES = ['default', 'dark', 'high-contrast'] as const;

/**
 * Serve every page of the built site as a build with `theme: <name>` would
 * write it. The theme's only mark in the HTML is `data-course-theme` on
 * <html> (theme-config.test.ts checks that a real build writes it), so the
 * pages are the built ones with that attribute set.
 */
export async function serveWithTheme(context: BrowserContext, name: (typeof THEMES)[number]): Promise<void> {
  await context.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    const html = (await response.text()).replace(/ data-course-theme="[\w-]+"/, ` data-course-theme="${name}"`);
    await route.fulfill({ response, body: html });
  });
}
