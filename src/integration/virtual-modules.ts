import type { ViteUserConfig } from 'astro';
import type { Course } from '../schemas/course.ts';

/** What the pages and the content config read of the command that started Astro (src/virtual.d.ts). */
export interface SiteSettings {
  /** The course folder, as given (relative to the folder the command runs in, or absolute). */
  contentDir: string;
  /** Fail the build on warnings too. */
  strict: boolean;
  /** Leave the speaker notes out of the site (decks, notes pages, search, course.json). */
  privateNotes: boolean;
  /** The package's own static files (pages are bundled, so they cannot find it from `import.meta.url`). */
  packagePublicDir: string;
}

/** The id Vite knows the course module by, to invalidate it when course.yaml changes in `astro dev`. */
export const COURSE_MODULE_ID = '\0virtual:lecture-site/course';

/**
 * A Vite plugin serving the course and the command's settings as virtual
 * modules, Starlight's way: pages import the validated course instead of
 * reading and validating course.yaml again, once per page. `course()` is
 * asked each time the module loads, so a saved course.yaml takes effect.
 */
export function virtualModules(settings: SiteSettings, course: () => Course): NonNullable<ViteUserConfig['plugins']>[number] {
  const sources: Record<string, () => string> = {
    'virtual:lecture-site/config': () => Object.entries(settings).map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`).join('\n'),
    'virtual:lecture-site/course': () => `export default ${JSON.stringify(course())};`,
  };
  return {
    name: 'lecture-site:virtual-modules',
    resolveId(id) {
      return id in sources ? `\0${id}` : undefined;
    },
    load(id) {
      return id.startsWith('\0') ? sources[id.slice(1)]?.() : undefined;
    },
  };
}
