/** The modules src/integration/virtual-modules.ts serves to the pages and the content config. */
declare module 'virtual:lecture-site/config' {
  /** The course folder, as given to the command. */
  export const contentDir: string;
  /** Whether warnings fail the build too. */
  export const strict: boolean;
  /** Whether the speaker notes stay out of the site (`lecture-site build --private-notes`). */
  export const privateNotes: boolean;
  /** The package's own static files. */
  export const packagePublicDir: string;
}

declare module 'virtual:lecture-site/course' {
  /** The validated course.yaml. */
  const course: import('./schemas/course.ts').Course;
  export default course;
}

declare namespace App {
  interface Locals {
    /** `astro dev` only: the compile the page is made from (src/collection/compiled-version-middleware.ts). */
    compiledVersion?: string;
  }
}
